import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';
import { createBoard } from '../fixtures/api';
import { cell, openBoard } from '../board/board-helpers';

/** Names of this browser's IndexedDB databases that hold a board copy (y-indexeddb). */
function boardCopies(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('coscript-board-')));
}

test('signing out deletes the board copies this browser kept for offline use', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Shared laptop');
  const { page } = owner;
  await openBoard(page, board.id);
  await cell(page, 'Customer does', 1).fill('Private words');
  await expect.poll(() => boardCopies(page)).toEqual([`coscript-board-${board.id}`]);

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(/\/signin/);
  await expect.poll(() => boardCopies(page)).toEqual([]);
});

test('a session ended on the server (signed out everywhere from elsewhere) deletes the open board’s copy too', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Signed out elsewhere');
  const { page } = owner;
  await openBoard(page, board.id);
  await expect.poll(() => boardCopies(page)).toEqual([`coscript-board-${board.id}`]);

  // Same account, another device: "sign out everywhere" ends this browser's session; its socket closes with 4401.
  expect((await owner.context.request.post('/api/v1/me/sign-out-everywhere')).status()).toBe(204);
  await expect.poll(() => boardCopies(page)).toEqual([]);
});

test('a session that ended while no board was open: the next page load, sent to sign-in, deletes the copies', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Closed tab');
  const { page } = owner;
  await openBoard(page, board.id);
  await expect.poll(() => boardCopies(page)).toEqual([`coscript-board-${board.id}`]);
  await page.goto('/boards');
  expect(await boardCopies(page)).toEqual([`coscript-board-${board.id}`]);

  expect((await owner.context.request.post('/api/v1/me/sign-out-everywhere')).status()).toBe(204);
  await page.goto(`/b/${board.id}`);
  await page.waitForURL(/\/signin/);
  await expect.poll(() => boardCopies(page)).toEqual([]);
});
