import { createBoard } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

test('the board list searches, and archived boards move to their tab', async ({ owner }) => {
  const { page, context } = owner;
  await createBoard(context.request, 'Ordering at the counter');
  const returns = await createBoard(context.request, 'Returns desk', 'Bring back an item');
  const boards = page.getByRole('list', { name: 'Boards' });

  await page.goto('/boards');
  await expect(boards.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search boards' }).fill('return');
  await expect(page).toHaveURL(/\?q=return$/);
  await expect(boards.getByRole('listitem')).toHaveCount(1);
  await expect(boards).toContainText('Returns desk');
  await page.getByRole('searchbox', { name: 'Search boards' }).fill('nothing like this');
  await expect(page.getByRole('heading', { name: 'No boards match “nothing like this”' })).toBeVisible();

  // Archive through the settings page; the board leaves "Active" for "Archived".
  await page.goto(`/b/${returns.id}/settings`);
  await page.getByRole('button', { name: 'Archive board' }).click();
  await expect(page.getByRole('button', { name: 'Restore board' })).toBeVisible();
  await page.goto('/boards');
  await expect(boards.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Board filters' }).getByRole('link', { name: 'Archived' }).click();
  await expect(page).toHaveURL(/filter=archived/);
  await expect(boards.getByRole('listitem')).toHaveCount(1);
  await expect(boards).toContainText('Returns desk');
  const archived = await (await context.request.get('/api/v1/boards?filter=archived')).json();
  expect(archived.boards.map((b: { name: string }) => b.name)).toEqual(['Returns desk']);
});

test('deleting a board needs its name typed', async ({ owner }) => {
  const { page, context } = owner;
  const board = await createBoard(context.request, 'Short-lived');
  await page.goto(`/b/${board.id}/settings`);
  await page.getByRole('button', { name: 'Delete board' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete board' });
  const confirm = dialog.getByRole('button', { name: 'Delete forever' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Board name').fill('Short-lived');
  await confirm.click();
  await expect(page).toHaveURL(/\/boards$/);
  await expect(page.getByRole('heading', { name: 'No boards yet' })).toBeVisible();
  expect((await context.request.get(`/api/v1/boards/${board.id}`)).status()).toBe(404);
});
