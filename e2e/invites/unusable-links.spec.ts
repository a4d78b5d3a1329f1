import { randomBytes } from 'node:crypto';
import { acceptInvite, createBoard, createInvite, inspectInvite } from '../fixtures/api';
import { databaseUrl, withDatabase } from '../fixtures/database';
import { expect, test } from '../fixtures/test';

test.describe(() => {
  // The shortest expiry is an hour, so the test moves it into the past in the
  // database: possible on PostgreSQL (CI), not on the server's embedded database.
  test.skip(!databaseUrl, 'needs TEST_DATABASE_URL (PostgreSQL)');

  test('an expired link shows its own page', async ({ owner, newPerson }) => {
    const board = await createBoard(owner.context.request, 'Pick-up point');
    const { invite, token, path } = await createInvite(owner.context.request, board.id, { expiresInHours: 1 });
    await withDatabase((sql) => sql`update invites set expires_at = now() - interval '1 minute' where id = ${invite.id}`);

    const guest = await newPerson();
    await guest.page.goto(path);
    await expect(guest.page.getByRole('heading', { name: 'This invite link has expired' })).toBeVisible();
    await expect(guest.page.getByRole('button', { name: 'Join board' })).toHaveCount(0);
    expect((await inspectInvite(guest.context.request, token)).body?.invite.status).toBe('expired');
    expect((await guest.context.request.post('/api/v1/invites/accept', { data: { token, displayName: 'Late' } })).status()).toBe(409);

    await owner.page.goto(`/b/${board.id}/members`);
    await expect(owner.page.getByRole('list', { name: 'Invite links' }).getByText('Expired', { exact: true })).toBeVisible();
  });
});

test('a revoked link shows its own page', async ({ owner, newPerson }) => {
  const board = await createBoard(owner.context.request, 'Pick-up point');
  const { token, path } = await createInvite(owner.context.request, board.id, { label: 'Workshop' });

  await owner.page.goto(`/b/${board.id}/members`);
  const row = owner.page.getByRole('list', { name: 'Invite links' }).getByRole('listitem').filter({ hasText: 'Workshop' });
  await row.getByRole('button', { name: /Revoke/ }).click();
  await expect(row.getByText('Revoked', { exact: true })).toBeVisible();

  const guest = await newPerson();
  await guest.page.goto(path);
  await expect(guest.page.getByRole('heading', { name: 'This invite link was revoked' })).toBeVisible();
  await expect(guest.page.getByRole('button', { name: 'Join board' })).toHaveCount(0);
  expect((await inspectInvite(guest.context.request, token)).body?.invite.status).toBe('revoked');
  expect((await guest.context.request.post('/api/v1/invites/accept', { data: { token, displayName: 'Late' } })).status()).toBe(409);
});

test('a used-up link shows its own page', async ({ owner, newPerson }) => {
  const board = await createBoard(owner.context.request, 'Pick-up point');
  const { token, path } = await createInvite(owner.context.request, board.id, { maxUses: 1 });
  const first = await newPerson();
  await acceptInvite(first.context.request, token, 'First Customer');

  const second = await newPerson();
  await second.page.goto(path);
  await expect(second.page.getByRole('heading', { name: 'This invite link has been used up' })).toBeVisible();
  expect((await inspectInvite(second.context.request, token)).body?.invite.status).toBe('used_up');
});

test('an unknown link shows its own page', async ({ newPerson }) => {
  const visitor = await newPerson();
  const token = randomBytes(24).toString('base64url');
  await visitor.page.goto(`/invite/${token}`);
  await expect(visitor.page.getByRole('heading', { name: "This invite link isn't valid" })).toBeVisible();
  expect((await inspectInvite(visitor.context.request, token)).status).toBe(404);
});
