import postgres from 'postgres';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff, uniqueEmail } from './helpers/api-client';
import { createBoard, createInviteLink } from './helpers/board-fixtures';

describe('invites', async () => {
  const server = await startTestServer();
  let owner: Awaited<ReturnType<typeof signUpStaff>>;
  let boardId = '';

  const inspect = (token: string) => new ApiClient(server.url).post('/api/v1/invites/inspect', { token });
  const accept = (token: string, displayName = 'Guest', client = new ApiClient(server.url), email?: string) =>
    client.post('/api/v1/invites/accept', { token, displayName, ...(email ? { email } : {}) }).then((res) => ({ ...res, client }));
  const listInvites = async () => (await owner.client.get(`/api/v1/boards/${boardId}/invites`)).body.invites as Array<Record<string, unknown>>;

  beforeAll(async () => {
    owner = await signUpStaff(server.url, { name: 'Olga Owner' });
    ({ boardId } = await createBoard(owner.client, 'Ordering at the counter'));
  });

  it('makes a link with a long random token that is never listed', async () => {
    const res = await owner.client.post(`/api/v1/boards/${boardId}/invites`, { role: 'contributor', side: 'customer', expiresInHours: 24, maxUses: 5, label: 'Regulars' });
    expect(res.status).toBe(201);
    expect(res.body.url).toMatch(new RegExp(`^${server.url}/invite/cs_inv_[A-Za-z0-9_-]{43}$`));
    expect(res.body.emailed).toBe(false);
    expect(res.body.invite).toMatchObject({ role: 'contributor', side: 'customer', label: 'Regulars', maxUses: 5, uses: 0, status: 'active', revokedAt: null });
    const hours = (Date.parse(res.body.invite.expiresAt) - Date.parse(res.body.invite.createdAt)) / 3_600_000;
    expect(Math.round(hours)).toBe(24);
    const token = res.body.url.split('/invite/')[1];
    const listed = await owner.client.get(`/api/v1/boards/${boardId}/invites`);
    expect(listed.body.invites.map((i: { id: string }) => i.id)).toContain(res.body.invite.id);
    expect(JSON.stringify(listed.body)).not.toContain(token);
  });

  it('tells the invite page where a link leads', async () => {
    const { token } = await createInviteLink(owner.client, boardId, { role: 'observer', side: 'customer' });
    const res = await inspect(token);
    expect(res.status).toBe(200);
    expect(res.body.invite).toEqual({
      kind: 'board',
      status: 'active',
      boardName: 'Ordering at the counter',
      workspaceName: "Olga Owner's workspace",
      role: 'observer',
      side: 'customer',
    });
  });

  it('signs a newcomer in as a guest on that board alone, with the invite’s role and side', async () => {
    const { token } = await createInviteLink(owner.client, boardId, { role: 'contributor', side: 'customer' });
    const email = uniqueEmail('guest');
    const res = await accept(token, 'Carla Customer', undefined, email);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ boardId });
    expect(res.headers.getSetCookie().join()).toContain('coscript.session-token=');
    const me = await res.client.get('/api/v1/me');
    // The address is unverified contact data, not the account's email (see invite-trust.int.test.ts).
    expect(me.body).toMatchObject({ user: { name: 'Carla Customer', kind: 'guest', email: null }, workspace: null });
    const board = await res.client.get(`/api/v1/boards/${boardId}`);
    expect(board.body.board).toMatchObject({ myRole: 'contributor', mySide: 'customer' });
  });

  it('lets a guest give an email a staff member already uses, without taking it', async () => {
    const { token } = await createInviteLink(owner.client, boardId);
    const res = await accept(token, 'Copycat', undefined, owner.email.toUpperCase());
    expect(res.status).toBe(200);
    expect((await res.client.get('/api/v1/me')).body.user.email).toBeNull();
    const again = new ApiClient(server.url);
    expect(await again.signIn(owner.email, owner.password)).toBe(200);
  });

  it('joins signed-in staff as themselves, keeping an existing place', async () => {
    const { token } = await createInviteLink(owner.client, boardId, { role: 'editor', side: 'firm', maxUses: 2 });
    const outsider = await signUpStaff(server.url, { name: 'Frank Firm' });
    const joined = await accept(token, 'ignored', outsider.client);
    expect(joined.status).toBe(200);
    expect(joined.headers.getSetCookie()).toEqual([]);
    expect((await outsider.client.get(`/api/v1/boards/${boardId}`)).body.board).toMatchObject({ myRole: 'editor' });
    const ownerAgain = await accept(token, 'ignored', owner.client);
    expect(ownerAgain.status).toBe(200);
    expect((await owner.client.get(`/api/v1/boards/${boardId}`)).body.board.myRole).toBe('owner');
    const uses = (await listInvites()).find((i) => i.status !== undefined && i.role === 'editor' && i.maxUses === 2);
    expect(uses).toMatchObject({ uses: 1, status: 'active' });
  });

  it('refuses a revoked link, and says so', async () => {
    const { token, inviteId } = await createInviteLink(owner.client, boardId);
    expect((await owner.client.delete(`/api/v1/boards/${boardId}/invites/${inviteId}`)).status).toBe(204);
    expect((await inspect(token)).body.invite.status).toBe('revoked');
    const res = await accept(token);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/revoked/);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect((await listInvites()).find((i) => i.id === inviteId)).toMatchObject({ status: 'revoked', uses: 0 });
  });

  it('refuses a used-up link', async () => {
    const { token, inviteId } = await createInviteLink(owner.client, boardId, { maxUses: 1 });
    expect((await accept(token, 'First')).status).toBe(200);
    const second = await accept(token, 'Second');
    expect(second.status).toBe(409);
    expect(second.body.error.message).toMatch(/used/);
    expect((await inspect(token)).body.invite.status).toBe('used_up');
    expect((await listInvites()).find((i) => i.id === inviteId)).toMatchObject({ status: 'used_up', uses: 1 });
    const names = (await owner.client.get(`/api/v1/boards/${boardId}/participants`)).body.participants.map((p: { displayName: string }) => p.displayName);
    expect(names).toContain('First');
    expect(names).not.toContain('Second');
  });

  it.skipIf(!server.env.DATABASE_URL)('refuses an expired link (PostgreSQL: the test moves the expiry into the past)', async () => {
    const { token, inviteId } = await createInviteLink(owner.client, boardId, { expiresInHours: 1 });
    const sql = postgres(server.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    await sql`update invites set expires_at = now() - interval '1 minute' where id = ${inviteId}`;
    await sql.end();
    expect((await inspect(token)).body.invite.status).toBe('expired');
    const res = await accept(token);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/expired/);
  });

  it('makes staff sign-up links for workspace admins only', async () => {
    const res = await owner.client.post('/api/v1/workspace/invites', { expiresInHours: 48 });
    expect(res.status).toBe(201);
    expect(res.body.url).toMatch(new RegExp(`^${server.url}/signup\\?invite=cs_inv_`));
    expect(res.body.invite).toMatchObject({ status: 'active', uses: 0, maxUses: 1 });
    const token = new URL(res.body.url).searchParams.get('invite')!;
    expect((await inspect(token)).body.invite).toEqual({ kind: 'workspace', status: 'active', workspaceName: "Olga Owner's workspace", role: null, side: null });
    expect((await accept(token)).status).toBe(400);
    const joined = await signUpStaff(server.url, { name: 'New Staff', inviteToken: token });
    expect(joined.workspaceId).toBe(owner.workspaceId);
    expect((await joined.client.post('/api/v1/workspace/invites', {})).status).toBe(403);
    expect((await inspect(token)).body.invite.status).toBe('used_up');
  });

  it('lets moderators invite, but not as owner or moderator', async () => {
    const { token } = await createInviteLink(owner.client, boardId, { role: 'moderator', side: 'firm' });
    const moderator = (await accept(token, 'Mia Moderator')).client;
    expect((await moderator.post(`/api/v1/boards/${boardId}/invites`, { role: 'observer' })).status).toBe(201);
    const refused = await moderator.post(`/api/v1/boards/${boardId}/invites`, { role: 'owner' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.fields.role).toBeDefined();
  });

  it('limits inspections per address', async () => {
    let res = await inspect('cs_inv_' + 'Z'.repeat(43));
    for (let i = 0; i < 700 && res.status !== 429; i++) res = await inspect('cs_inv_' + 'Z'.repeat(43));
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(res.headers.get('retry-after')).toBeTruthy();
  });
});
