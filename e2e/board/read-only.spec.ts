import { expect, test } from '../fixtures/test';
import { cellText, getScript, listScripts, scriptsOf } from '../../lib/shared/board-doc';
import { boardWithGuest, cell, openBoard, readStoredContent } from './board-helpers';
import { craftUpdate, sendRawFrame, updateFrame } from './socket-helpers';

test('an observer follows along but cannot change anything, even with a crafted socket message', async ({ owner, newPerson }) => {
  const observer = await newPerson();
  const board = await boardWithGuest(owner, observer, { role: 'observer', side: 'firm', name: 'Oscar Observer' });
  await openBoard(owner.page, board.id);
  await openBoard(observer.page, board.id);

  await expect(observer.page.getByTestId('read-only-reason')).toContainText('observer');
  await expect(observer.page.getByText('Read-only', { exact: true })).toBeVisible();
  await expect(observer.page.getByRole('button', { name: '+ New script' })).toHaveCount(0);
  await expect(observer.page.getByRole('button', { name: 'Actions for step 1' })).toHaveCount(0);

  const observed = cell(observer.page, 'Customer does', 1);
  await expect(observed).toHaveAttribute('readonly', '');
  await observed.click();
  await observer.page.keyboard.type('should not land');
  await expect(observed).toHaveValue('');

  // Live updates still arrive.
  await cell(owner.page, 'Customer does', 1).fill('Walks in');
  await expect(observed).toHaveValue('Walks in');

  // A hand-made update from the observer's session is refused and changes nothing.
  const stored = await readStoredContent(board.id);
  const update = craftUpdate(stored, (doc) => cellText(getScript(doc, listScripts(doc)[0]!.id)!, 'step-1', 'customer-does').insert(0, 'hacked '));
  expect(await sendRawFrame(observer.page, board.id, updateFrame(update))).toBe(4403);
  await cell(owner.page, 'Customer does', 2).fill('Orders');
  await expect(observed).toHaveValue('Walks in');
  expect(scriptsOf(stored).size).toBe(1);
});

test('a customer cannot write a firm-only lane until the owner opens it', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer);
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);

  const backstage = cell(customer.page, 'Behind the scenes', 1);
  await expect(backstage).toHaveAttribute('readonly', '');
  await expect(customer.page.getByText('Only the firm writes in this lane.').first()).toBeVisible();
  await cell(customer.page, 'Customer does', 1).fill('Orders at the counter');
  await expect(cell(owner.page, 'Customer does', 1)).toHaveValue('Orders at the counter');

  // The server refuses a crafted write to the firm-only lane.
  const stored = await readStoredContent(board.id);
  const update = craftUpdate(stored, (doc) => cellText(getScript(doc, 'main')!, 'step-1', 'backstage').insert(0, 'sneaky'));
  expect(await sendRawFrame(customer.page, board.id, updateFrame(update))).toBe(4403);

  // The owner opens the lane to customers: the customer can write there at once.
  await owner.page.getByRole('button', { name: 'Lanes…' }).click();
  await owner.page.locator('[data-lane-row="backstage"]').getByLabel('Customers may write here').check();
  await owner.page.keyboard.press('Escape');
  await expect(backstage).not.toHaveAttribute('readonly');
  await backstage.fill('Sees the beans ground');
  await expect(cell(owner.page, 'Behind the scenes', 1)).toHaveValue('Sees the beans ground');
});

test('customers on a propose-only board see why they cannot edit', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer);
  const res = await owner.context.request.patch(`/api/v1/boards/${board.id}`, { data: { customerEditMode: 'propose' } });
  expect(res.ok()).toBe(true);
  await openBoard(customer.page, board.id);
  await expect(customer.page.getByTestId('read-only-reason')).toContainText('proposals');
  await expect(cell(customer.page, 'Customer does', 1)).toHaveAttribute('readonly', '');
});
