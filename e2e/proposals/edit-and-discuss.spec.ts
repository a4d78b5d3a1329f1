import { expect, test } from '../fixtures/test';
import { acceptInvite, createInvite } from '../fixtures/api';
import { boardWithGuest, openBoard } from '../board/board-helpers';
import { proposal, proposeOnlyBoard, suggest } from './proposal-helpers';

test('on the phone layout a customer edits their open proposal; staff see the new text live', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await proposeOnlyBoard(owner, customer);
  await customer.page.setViewportSize({ width: 390, height: 844 });
  await openBoard(customer.page, board.id);
  await openBoard(owner.page, board.id);

  await suggest(customer.page, 'Customer does, step 1', 'Orders a latte');
  await expect(proposal(owner.page, 'Orders a latte')).toBeVisible();
  await expect(proposal(owner.page, 'Orders a latte').getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);

  const mine = proposal(customer.page, 'Orders a latte');
  await mine.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = customer.page.getByTestId('proposal-edit');
  await expect(form.getByRole('textbox', { name: 'Proposed text' })).toBeFocused();
  await form.getByRole('textbox', { name: 'Proposed text' }).fill('Orders an oat latte');
  await form.getByRole('textbox', { name: 'Title (optional)' }).fill('Oat milk');
  await form.getByRole('textbox', { name: 'Why (optional)' }).fill('Half our regulars ask for it');
  await form.getByRole('textbox', { name: 'Why (optional)' }).press('Tab');
  await customer.page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);

  const seen = proposal(owner.page, 'Oat milk');
  await expect(seen.getByTestId('word-diff')).toHaveText('Orders an oat latte');
  await expect(seen).toContainText('Half our regulars ask for it');
  await expect(proposal(customer.page, 'Oat milk').getByTestId('word-diff')).toHaveText('Orders an oat latte');
});

test('staff comment, the customer replies; both see the thread, customer names as the board allows; the anonymised author edits', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer, { name: 'Casey Customer' });
  const peer = await newPerson();
  const { token } = await createInvite(owner.context.request, board.id, { role: 'contributor', side: 'customer' });
  await acceptInvite(peer.context.request, token, 'Pat Peer');
  expect((await owner.context.request.patch(`/api/v1/boards/${board.id}`, { data: { customerVisibility: 'anonymous' } })).ok()).toBe(true);
  const res = await customer.context.request.post(`/api/v1/boards/${board.id}/proposals`, { data: { kind: 'idea', title: 'Loyalty stamps' } });
  expect(res.status()).toBe(201);
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);

  const staffItem = proposal(owner.page, 'Loyalty stamps');
  const customerItem = proposal(customer.page, 'Loyalty stamps');
  await staffItem.getByRole('button', { name: /^Discuss/ }).click();
  await customerItem.getByRole('button', { name: /^Discuss/ }).click();
  await staffItem.getByRole('textbox', { name: 'Your comment' }).fill('Paper or in the app?');
  await staffItem.getByRole('button', { name: 'Send' }).click();

  const customerThread = customerItem.getByTestId('comment-thread');
  await expect(customerThread).toContainText('Olivia Owner Paper or in the app?');
  await customerThread.getByRole('button', { name: 'Reply' }).click();
  await customerThread.getByRole('textbox', { name: 'Your reply' }).fill('In the app, please');
  await customerThread.getByRole('button', { name: 'Send' }).click();

  // Staff see the customer's name; another customer sees only a number on this anonymous board.
  const staffThread = staffItem.getByTestId('comment-thread');
  await expect(staffThread.locator('ul ul')).toContainText('Casey Customer In the app, please');
  await expect(customerThread.locator('ul ul')).toContainText('Casey Customer In the app, please');
  await openBoard(peer.page, board.id);
  const peerItem = proposal(peer.page, 'Loyalty stamps');
  await expect(peerItem.getByRole('button', { name: /^Discuss/ })).toHaveText('Discuss (2)');
  await peerItem.getByRole('button', { name: /^Discuss/ }).click();
  const peerThread = peerItem.getByTestId('comment-thread');
  await expect(peerThread).toContainText('Olivia Owner Paper or in the app?');
  await expect(peerThread.locator('ul ul')).toContainText(/Customer \d+ In the app, please/);
  await expect(peerThread).not.toContainText('Casey');

  // The anonymised author still knows their own proposal, and edits it.
  await expect(customerItem.getByTestId('proposal-author')).toHaveText('Casey Customer');
  await expect(peerItem.getByTestId('proposal-author')).toHaveText(/^Customer \d+$/);
  await expect(peerItem.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  await customerItem.getByRole('button', { name: 'Edit', exact: true }).click();
  await customer.page.getByTestId('proposal-edit').getByRole('textbox', { name: 'Title' }).fill('Loyalty stamps in the app');
  await customer.page.getByTestId('proposal-edit').getByRole('button', { name: 'Save changes' }).click();
  await expect(proposal(owner.page, 'Loyalty stamps in the app')).toBeVisible();
  await expect(proposal(peer.page, 'Loyalty stamps in the app')).toBeVisible();
});
