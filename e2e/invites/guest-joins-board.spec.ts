import { createBoard, PASSWORD, uniqueEmail } from '../fixtures/api';
import { expect, hydrated, test } from '../fixtures/test';

test('a customer joins through an invite link and reaches only that board', async ({ page, newPerson }) => {
  // Staff signs up through the UI.
  const email = uniqueEmail('founder');
  await page.goto('/signup');
  await page.getByLabel('Your name').fill('Fiona Founder');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByLabel('Workspace name').fill('Corner Café');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(/\/boards$/);
  await expect(page.getByRole('heading', { name: 'No boards yet' })).toBeVisible();
  await hydrated(page);

  // Creates a board.
  await page.getByRole('button', { name: 'New board' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New board' });
  await dialog.getByLabel('Name').fill('Ordering at the counter');
  await dialog.getByLabel('Description').fill('From queue to first sip.');
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(page).toHaveURL(/\/b\/[0-9a-f-]{36}$/);
  const boardId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1, name: 'Ordering at the counter' })).toBeVisible();

  // Makes an invite link (defaults: contributor, customer).
  await page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Create invite link' }).click();
  const link = page.getByRole('textbox', { name: 'New invite link' });
  await expect(link).toHaveValue(/\/invite\//);
  const invitePath = new URL(await link.inputValue()).pathname;
  await expect(page.getByRole('list', { name: 'Invite links' }).getByText('Active')).toBeVisible();

  // A second person opens it, names themselves and lands on the board as a customer contributor.
  const guest = await newPerson();
  await guest.page.goto(invitePath);
  await expect(guest.page.getByRole('heading', { name: 'Join “Ordering at the counter”' })).toBeVisible();
  await expect(guest.page.getByText('Corner Café invited you')).toBeVisible();
  await guest.page.getByLabel('Your name').fill('Dana Customer');
  await guest.page.getByRole('button', { name: 'Join board' }).click();
  await expect(guest.page).toHaveURL(new RegExp(`/b/${boardId}$`));
  await expect(guest.page.getByRole('heading', { level: 1, name: 'Ordering at the counter' })).toBeVisible();
  await guest.page.getByRole('button', { name: /About & people/ }).click();
  const people = guest.page.getByRole('list', { name: 'Participants' });
  await expect(people.getByRole('listitem').filter({ hasText: 'Dana Customer' })).toContainText(/Customer.*Contributor/);
  await expect(guest.page.getByRole('navigation', { name: 'Workspace' })).toHaveCount(0);

  const me = await (await guest.context.request.get('/api/v1/me')).json();
  expect(me).toMatchObject({ user: { name: 'Dana Customer', kind: 'guest' }, workspace: null });
  const seen = await (await guest.context.request.get(`/api/v1/boards/${boardId}`)).json();
  expect(seen.board).toMatchObject({ myRole: 'contributor', mySide: 'customer' });

  // No workspace pages for the guest…
  for (const path of ['/boards', '/workspace', '/settings']) {
    await guest.page.goto(path);
    await expect(guest.page.getByRole('heading', { name: 'Workspace pages are for staff' })).toBeVisible();
    await expect(guest.page.getByRole('link', { name: 'Back to Ordering at the counter' })).toBeVisible();
  }
  expect((await guest.context.request.get('/api/v1/workspace/members')).status()).toBe(403);
  expect((await guest.context.request.get('/api/v1/tokens')).status()).toBe(403);

  // …and no other board, not even one of the same workspace.
  const other = await createBoard(page.request, 'Returns desk');
  const response = await guest.page.goto(`/b/${other.id}`);
  expect(response?.status()).toBe(404);
  await expect(guest.page.getByRole('heading', { name: "This board isn't available" })).toBeVisible();
  await expect(guest.page.getByText('Returns desk')).toHaveCount(0);
  expect((await guest.context.request.get(`/api/v1/boards/${other.id}`)).status()).toBe(404);
  const list = await (await guest.context.request.get('/api/v1/boards')).json();
  expect(list.boards.map((b: { id: string }) => b.id)).toEqual([boardId]);
});
