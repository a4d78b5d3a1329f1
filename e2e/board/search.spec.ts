import { createBoard } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { openBoard } from './board-helpers';

test('searching the board finds cells and step names across scripts and jumps to the step', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Café', '', 'cafe-order');
  const { page } = owner;
  await openBoard(page, board.id);
  const search = page.getByRole('searchbox', { name: 'Search this board' });

  await search.fill('voucher');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('button')).toHaveCount(1);
  await results.getByRole('button', { name: /Leave · Return an item/ }).click();
  await expect(page.getByRole('navigation', { name: 'Scripts' }).getByRole('button', { name: 'Return an item' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveURL(/step=leave/);
  await expect(page.getByRole('heading', { name: /Leave/ }).locator('..')).toHaveClass(/bg-indigo-50/);

  await search.fill('lids');
  await search.press('Enter');
  await expect(page).toHaveURL(/step=drink/);
  await expect(page.getByRole('heading', { name: /Drink/ }).locator('..')).toHaveClass(/bg-indigo-50/);
  await expect(page.getByTestId('step-count')).toHaveText('7 steps');

  await search.fill('zebra');
  await expect(page.getByText('No step names or cells match “zebra”.')).toBeVisible();
});
