import { PASSWORD, signUpStaff } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

test('staff sign in with email and password and come back to where they were going', async ({ newPerson }) => {
  const setup = await newPerson();
  const user = await signUpStaff(setup.context.request, 'Sam Staff');

  const { page, context } = await newPerson();
  await page.goto('/workspace');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fworkspace$/);

  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('Email or password is incorrect');

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.getByRole('heading', { level: 1, name: "Sam Staff's firm" })).toBeVisible();
  expect((await (await context.request.get('/api/v1/me')).json()).user.email).toBe(user.email);

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect((await context.request.get('/api/v1/me')).status()).toBe(401);
});

test('"sign out everywhere" ends the other sessions too', async ({ owner, newPerson }) => {
  const other = await newPerson();
  const res = await other.context.request.post('/api/auth/callback/credentials', {
    form: { email: owner.user.email, password: PASSWORD, csrfToken: (await (await other.context.request.get('/api/auth/csrf')).json()).csrfToken, json: 'true' },
  });
  expect(res.ok()).toBe(true);
  expect((await other.context.request.get('/api/v1/me')).status()).toBe(200);

  await owner.page.goto('/settings');
  await owner.page.getByRole('region', { name: 'Sessions' }).getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(owner.page).toHaveURL(/\/signin/);
  expect((await other.context.request.get('/api/v1/me')).status()).toBe(401);
});
