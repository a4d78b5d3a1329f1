import { createBoard } from '../fixtures/api';
import { expect, hydrated, test } from '../fixtures/test';
import { cell, openBoard, readStoredContent } from './board-helpers';

test('a new board starts from a template chosen in the dialog', async ({ owner }) => {
  const { page } = owner;
  await page.goto('/boards');
  await hydrated(page);
  await page.getByRole('button', { name: 'New board' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New board' });
  await dialog.getByLabel('Name').fill('Outpatients');
  await dialog.getByRole('radio', { name: /Hospital outpatient visit/ }).check();
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByTestId('board-editor')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('navigation', { name: 'Scripts' }).getByRole('button', { name: 'Outpatient appointment' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Steps of this script' }).getByRole('button')).toHaveCount(5);
  await expect(cell(page, 'Customer does', 1)).toHaveValue('Reads the appointment letter');
});

test('a new script starts from a template in the editor, and is stored', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Shop');
  const { page } = owner;
  await openBoard(page, board.id);
  await page.getByRole('button', { name: 'From a template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New script from a template' });
  await dialog.getByRole('button', { name: /Return a parcel/ }).click();
  await expect(dialog).toHaveCount(0);
  const scripts = page.getByRole('navigation', { name: 'Scripts' });
  await expect(scripts.getByRole('button', { name: 'Return a parcel' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('textbox', { name: 'Script title' })).toBeFocused();
  await expect(cell(page, 'Touchpoint', 3)).toHaveValue('Locker, drop-off receipt');
  await expect(page.getByRole('heading', { name: /Drop off/ })).toBeVisible();

  await expect
    .poll(async () => {
      const doc = await readStoredContent(board.id);
      return [...doc.getMap('scripts').values()].map((s) => (s as import('yjs').Map<unknown>).get('title')!.toString());
    })
    .toContain('Return a parcel');
});
