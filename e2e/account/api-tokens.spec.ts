import { expect, test } from '../fixtures/test';

test('a personal API token is shown once, works, and stops working when revoked', async ({ owner, playwright, baseURL }) => {
  const { page } = owner;
  await page.goto('/settings');
  await expect(page.getByText('No tokens yet.')).toBeVisible();
  await page.getByLabel('Token name').fill('CI import');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = page.getByRole('textbox', { name: 'New API token' });
  await expect(secret).toHaveValue(/\S{20,}/);
  const token = await secret.inputValue();
  const tokens = page.getByRole('list', { name: 'API tokens' });
  await expect(tokens).toContainText('CI import');
  await expect(tokens).toContainText('never used');

  const bearer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const me = await bearer.get('/api/v1/me');
  expect(me.status()).toBe(200);
  expect((await me.json()).user.email).toBe(owner.user.email);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'New API token' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Revoke token CI import' }).click();
  await page.getByRole('dialog', { name: 'Revoke “CI import”?' }).getByRole('button', { name: 'Revoke token' }).click();
  await expect(page.getByText('No tokens yet.')).toBeVisible();
  expect((await bearer.get('/api/v1/me')).status()).toBe(401);
  await bearer.dispose();
});
