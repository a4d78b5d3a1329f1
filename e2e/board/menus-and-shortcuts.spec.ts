import { createBoard } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { openBoard } from './board-helpers';

test('step menus: keyboard, Escape back to the button, outside click, one at a time; a new step gets focus', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Menus');
  const { page } = owner;
  await openBoard(page, board.id);

  const button = page.getByRole('button', { name: 'Actions for Step 1' });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Step 1' });
  await expect(menu.getByRole('menuitem', { name: 'Rename step' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Add step before' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Delete step' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();

  await button.click();
  await expect(page.getByRole('menu')).toHaveCount(1);
  await page.getByRole('button', { name: 'Actions for Step 2' }).click();
  await expect(page.getByRole('menu')).toHaveCount(1);
  await expect(page.getByRole('menu', { name: 'Step 2' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Script title' }).click();
  await expect(page.getByRole('menu')).toHaveCount(0);

  await page.getByRole('button', { name: 'Actions for Step 3' }).click();
  await page.getByRole('menuitem', { name: 'Add step after' }).click();
  await expect(page.locator('[data-step-header]')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Step 4', exact: true }).getByRole('button')).toBeFocused();
  // Alt+Shift+← on the focused step header moves it.
  await page.getByRole('heading', { name: 'Step 1', exact: true }).getByRole('button').focus();
  const firstId = await page.locator('[data-step-header]').first().getAttribute('data-step-header');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(page.locator('[data-step-header]').nth(1)).toHaveAttribute('data-step-header', firstId!);
});

test('"+ New script" puts focus in its title; deleting a script asks first', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Scripts');
  const { page } = owner;
  await openBoard(page, board.id);
  const scripts = page.getByRole('navigation', { name: 'Scripts' });

  await scripts.getByRole('button', { name: '+ New script' }).click();
  const title = page.getByRole('textbox', { name: 'Script title' });
  await expect(title).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Return an item');
  await expect(scripts.getByRole('button', { name: 'Return an item' })).toBeVisible();

  await scripts.getByRole('button', { name: 'Delete script' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Return an item”?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(scripts.getByRole('button', { name: 'Return an item' })).toBeVisible();
  await scripts.getByRole('button', { name: 'Delete script' }).click();
  await confirm.getByRole('button', { name: 'Delete script' }).click();
  await expect(scripts.getByRole('button', { name: 'Return an item' })).toHaveCount(0);
});

test('? opens the shortcuts sheet (not while typing)', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Shortcuts');
  const { page } = owner;
  await openBoard(page, board.id);
  await page.getByRole('textbox', { name: 'Customer does, step 1', exact: true }).fill('What?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Alt + Shift + ← / →');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});
