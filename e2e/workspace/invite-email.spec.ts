import { createBoard } from '../fixtures/api';
import { expect, hydrated, test } from '../fixtures/test';

test('an invite that could not be emailed (no SMTP_URL) says so and offers the link', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Invites');
  const { page } = owner;
  await page.goto(`/b/${board.id}/members`);
  await hydrated(page);
  await page.getByLabel('Email it to').fill('dana@example.test');
  await page.getByRole('button', { name: 'Create invite link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not emailed.' })).toContainText('could not be emailed to dana@example.test');
  await expect(page.getByRole('textbox', { name: 'New invite link' })).toHaveValue(/\/invite\//);
});
