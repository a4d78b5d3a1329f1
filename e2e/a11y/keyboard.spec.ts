import { expect, hydrated, test } from '../fixtures/test';

test('the board list works from the keyboard: skip link, dialog with Escape, focus returns', async ({ owner }) => {
  const { page } = owner;
  await page.goto('/boards');
  await hydrated(page);

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  const open = page.getByRole('button', { name: 'New board' }).first();
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New board' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();

  // Submitting an empty name is refused with the shared schema's message.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Give the board a name')).toBeVisible();
  await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('Keyboard board');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard board' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Board “Keyboard board” created' })).toBeVisible();
});
