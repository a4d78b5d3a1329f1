import AxeBuilder from '@axe-core/playwright';
import { createBoard } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { boardWithGuest, cell, openBoard } from './board-helpers';

test('scripts are created, renamed, reordered, deleted with undo, and named in the URL', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Scripts board');
  const { page } = owner;
  await openBoard(page, board.id);
  const scripts = page.getByRole('navigation', { name: 'Scripts' });

  await scripts.getByRole('button', { name: '+ New script' }).click();
  const title = page.getByRole('textbox', { name: 'Script title' });
  await title.fill('Return an item');
  await page.getByRole('textbox', { name: "Customer's job to be done" }).fill('Get my money back without a fuss');
  await expect(scripts.getByRole('button', { name: 'Return an item' })).toHaveAttribute('aria-current', 'page');
  await cell(page, 'Customer does', 2).fill('Shows the receipt');
  await expect(page).toHaveURL(/script=[0-9a-f]+&step=[0-9a-f]+/);
  const link = page.url();

  await scripts.getByRole('button', { name: 'Move script earlier' }).click();
  await expect(scripts.getByRole('listitem').first()).toContainText('Return an item');

  // A shared link opens the same script and step.
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByRole('textbox', { name: 'Script title' })).toHaveValue('Return an item');
  await expect(other.getByRole('heading', { name: 'Step 2' }).locator('..')).toHaveClass(/bg-indigo-50/);
  await other.close();

  await scripts.getByRole('button', { name: 'Delete script' }).click();
  await page.getByRole('dialog', { name: 'Delete “Return an item”?' }).getByRole('button', { name: 'Delete script' }).click();
  await expect(scripts.getByRole('button', { name: 'Return an item' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(scripts.getByRole('button', { name: 'Return an item' })).toBeVisible();
});

test('undo takes back only your own typing', async ({ owner, newPerson }) => {
  const editor = await newPerson();
  const board = await boardWithGuest(owner, editor, { role: 'editor', side: 'firm', name: 'Eddie Editor' });
  await openBoard(owner.page, board.id);
  await openBoard(editor.page, board.id);

  await cell(owner.page, 'Touchpoint', 1).fill('Counter');
  await expect(cell(editor.page, 'Touchpoint', 1)).toHaveValue('Counter');
  await cell(editor.page, 'Touchpoint', 2).fill('Menu board');
  await expect(cell(owner.page, 'Touchpoint', 2)).toHaveValue('Menu board');

  await cell(owner.page, 'Touchpoint', 1).press('ControlOrMeta+z');
  await expect(cell(owner.page, 'Touchpoint', 1)).toHaveValue('');
  await expect(cell(owner.page, 'Touchpoint', 2)).toHaveValue('Menu board');
  await expect(cell(editor.page, 'Touchpoint', 1)).toHaveValue('');
  await cell(owner.page, 'Touchpoint', 1).press('ControlOrMeta+Shift+z');
  await expect(cell(editor.page, 'Touchpoint', 1)).toHaveValue('Counter');
});

test('presence shows who is here; following someone moves your view with theirs; the page passes axe', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer, { name: 'Casey Customer' });
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);

  const avatar = owner.page.getByRole('button', { name: 'Follow Casey Customer (customer)' });
  await expect(avatar).toBeVisible();
  await avatar.click();
  await expect(owner.page.getByRole('button', { name: 'Stop following Casey Customer (customer)' })).toHaveAttribute('aria-pressed', 'true');
  // The note says whom you follow and how to stop.
  await expect(owner.page.getByRole('status').filter({ hasText: 'Following Casey Customer' })).toContainText('Stop following');

  await customer.page.getByRole('button', { name: '+ New script' }).click();
  await customer.page.getByRole('textbox', { name: 'Script title' }).fill('Order ahead');
  await expect(owner.page.getByRole('textbox', { name: 'Script title' })).toHaveValue('Order ahead');

  // The cell the customer edits is outlined for the owner.
  await cell(customer.page, 'Customer does', 1).click();
  await expect(owner.page.locator('[data-editing="true"]')).toHaveCount(1);

  const { violations } = await new AxeBuilder({ page: owner.page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

  // A customer's new script has no cells in firm-only lanes; staff get one as soon as they write there.
  await cell(owner.page, 'Staff do (front stage)', 1).click();
  await owner.page.keyboard.type('Takes the order');
  await expect(cell(customer.page, 'Staff do (front stage)', 1)).toHaveValue('Takes the order');
});

test('anonymous boards show other customers by number, not name', async ({ owner, newPerson }) => {
  const first = await newPerson();
  const board = await boardWithGuest(owner, first, { name: 'Ada Anonymous' });
  const res = await owner.context.request.patch(`/api/v1/boards/${board.id}`, { data: { customerVisibility: 'anonymous' } });
  expect(res.ok()).toBe(true);
  const second = await newPerson();
  const { token } = await (await import('../fixtures/api')).createInvite(owner.context.request, board.id, { role: 'contributor', side: 'customer' });
  await (await import('../fixtures/api')).acceptInvite(second.context.request, token, 'Bea Secret');

  await openBoard(first.page, board.id);
  await openBoard(second.page, board.id);
  await openBoard(owner.page, board.id);
  await expect(first.page.getByRole('button', { name: /^Follow Customer \d+ \(customer\)$/ })).toBeVisible();
  await expect(first.page.getByRole('button', { name: /Bea Secret/ })).toHaveCount(0);
  await expect(owner.page.getByRole('button', { name: 'Follow Bea Secret (customer)' })).toBeVisible();
});
