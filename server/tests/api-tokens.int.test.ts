import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff } from './helpers/api-client';
import { createBoard, inviteGuest } from './helpers/board-fixtures';

describe('personal API tokens', async () => {
  const server = await startTestServer();
  let staff: Awaited<ReturnType<typeof signUpStaff>>;

  const bearer = (token: string) => {
    const client = new ApiClient(server.url);
    client.bearer = token;
    return client;
  };

  beforeAll(async () => {
    staff = await signUpStaff(server.url, { name: 'Tess Token' });
  });

  it('creates a token that works as a Bearer credential on the API', async () => {
    const res = await staff.client.post('/api/v1/tokens', { name: 'CI script' });
    expect(res.status).toBe(201);
    expect(res.body.token).toMatch(/^cs_pat_[A-Za-z0-9_-]{43}$/);
    expect(res.body.apiToken).toMatchObject({ name: 'CI script', lastUsedAt: null });
    const api = bearer(res.body.token);
    const me = await api.get('/api/v1/me');
    expect(me.body.user).toMatchObject({ id: staff.userId, kind: 'staff' });
    const created = await api.post('/api/v1/boards', { name: 'Made by a script' });
    expect(created.status).toBe(201);
    expect((await staff.client.get(`/api/v1/boards/${created.body.board.id}`)).status).toBe(200);
  });

  it('lists tokens without ever showing the secret, and records use', async () => {
    const { body } = await staff.client.post('/api/v1/tokens', { name: 'Listed' });
    await bearer(body.token).get('/api/v1/boards');
    const list = await staff.client.get('/api/v1/tokens');
    const mine = list.body.tokens.find((t: { id: string }) => t.id === body.apiToken.id);
    expect(mine).toMatchObject({ name: 'Listed', lastUsedAt: expect.any(String) });
    expect(Object.keys(mine).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name']);
    expect(JSON.stringify(list.body)).not.toContain(body.token);
    expect(JSON.stringify(list.body)).not.toContain(body.token.slice(7, 30));
  });

  it('stops a revoked token immediately and drops it from the list', async () => {
    const { body } = await staff.client.post('/api/v1/tokens', { name: 'Short-lived' });
    const api = bearer(body.token);
    expect((await api.get('/api/v1/boards')).status).toBe(200);
    expect((await staff.client.delete(`/api/v1/tokens/${body.apiToken.id}`)).status).toBe(204);
    const refused = await api.get('/api/v1/boards');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');
    const list = await staff.client.get('/api/v1/tokens');
    expect(list.body.tokens.map((t: { id: string }) => t.id)).not.toContain(body.apiToken.id);
    expect((await staff.client.delete(`/api/v1/tokens/${body.apiToken.id}`)).status).toBe(404);
  });

  it('lets a token revoke itself but not someone else’s token', async () => {
    const other = await signUpStaff(server.url, { name: 'Other Person' });
    const { body } = await other.client.post('/api/v1/tokens', { name: 'Theirs' });
    expect((await staff.client.delete(`/api/v1/tokens/${body.apiToken.id}`)).status).toBe(404);
    expect((await bearer(body.token).get('/api/v1/me')).status).toBe(200);
    expect((await bearer(body.token).delete(`/api/v1/tokens/${body.apiToken.id}`)).status).toBe(204);
    expect((await bearer(body.token).get('/api/v1/me')).status).toBe(401);
  });

  it('refuses unknown and malformed Bearer tokens', async () => {
    expect((await bearer('cs_pat_' + 'A'.repeat(43)).get('/api/v1/me')).status).toBe(401);
    expect((await bearer('x'.repeat(500)).get('/api/v1/me')).status).toBe(401);
  });

  it('is for staff only', async () => {
    const { boardId } = await createBoard(staff.client, 'Guest board');
    const guest = await inviteGuest(staff.client, boardId, 'contributor');
    expect((await guest.client.post('/api/v1/tokens', { name: 'sneaky' })).status).toBe(403);
    expect((await guest.client.get('/api/v1/tokens')).status).toBe(403);
  });
});
