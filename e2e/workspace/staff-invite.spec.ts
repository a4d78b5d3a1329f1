import { PASSWORD, uniqueEmail } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

test('an admin invites a colleague, who signs up into the same workspace', async ({ owner, newPerson }) => {
  const { page } = owner;
  await page.goto('/workspace');
  await expect(page.getByRole('heading', { level: 1, name: "Olivia Owner's firm" })).toBeVisible();
  await page.getByRole('button', { name: 'Create staff invite' }).click();
  const link = page.getByRole('textbox', { name: 'New staff invite link' });
  await expect(link).toHaveValue(/\/signup\?invite=/);
  const url = new URL(await link.inputValue());

  const colleague = await newPerson();
  await colleague.page.goto(url.pathname + url.search);
  await expect(colleague.page.getByRole('heading', { name: "Join Olivia Owner's firm" })).toBeVisible();
  await expect(colleague.page.getByLabel('Workspace name')).toHaveCount(0);
  await colleague.page.getByLabel('Your name').fill('Carl Colleague');
  await colleague.page.getByLabel('Email').fill(uniqueEmail('colleague'));
  await colleague.page.getByLabel('Password').fill(PASSWORD);
  await colleague.page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(colleague.page).toHaveURL(/\/boards$/);

  const me = await (await colleague.context.request.get('/api/v1/me')).json();
  expect(me.workspace).toMatchObject({ id: owner.user.workspaceId, role: 'member' });
  await page.reload();
  await expect(page.getByRole('list', { name: 'Staff' })).toContainText('Carl Colleague');

  // The link allowed one use: opening it again says so.
  const late = await newPerson();
  await late.page.goto(url.pathname + url.search);
  await expect(late.page.getByRole('heading', { name: 'This staff invite has been used up' })).toBeVisible();
});
