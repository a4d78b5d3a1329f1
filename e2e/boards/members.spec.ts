import { acceptInvite, createBoard, createInvite } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

test('an owner changes a role and a side, removes someone, and cannot lose the last owner', async ({ owner, newPerson }) => {
  const board = await createBoard(owner.context.request, 'Drive-through');
  const { token } = await createInvite(owner.context.request, board.id);
  const guest = await newPerson();
  await acceptInvite(guest.context.request, token, 'Gina Guest');
  const { page } = owner;
  await page.goto(`/b/${board.id}/members`);

  await page.getByRole('combobox', { name: 'Role of Gina Guest' }).selectOption('observer');
  await expect(page.getByRole('status').filter({ hasText: 'Gina Guest is now observer' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Side of Gina Guest' }).selectOption('firm');
  await expect(page.getByRole('status').filter({ hasText: 'Gina Guest is now on the firm side' })).toBeVisible();
  const seen = await (await guest.context.request.get(`/api/v1/boards/${board.id}`)).json();
  expect(seen.board).toMatchObject({ myRole: 'observer', mySide: 'firm' });

  // The only owner cannot step down: the API refuses and the page says why.
  await page.getByRole('combobox', { name: 'Role of Olivia Owner' }).selectOption('editor');
  await expect(page.getByRole('status').getByText('A board needs at least one owner')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Role of Olivia Owner' })).toHaveValue('owner');

  await page.getByRole('button', { name: 'Remove Gina Guest' }).click();
  await page.getByRole('dialog', { name: 'Remove Gina Guest?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('list', { name: 'People on this board' })).not.toContainText('Gina Guest');
  expect((await guest.context.request.get(`/api/v1/boards/${board.id}`)).status()).toBe(404);
});
