import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff, uniqueEmail } from './helpers/api-client';
import { createBoard, createInviteLink } from './helpers/board-fixtures';

describe('what an invite can and cannot grant', async () => {
  const server = await startTestServer();
  let owner: Awaited<ReturnType<typeof signUpStaff>>;
  let moderator: ApiClient;
  let boardId = '';

  beforeAll(async () => {
    owner = await signUpStaff(server.url, { name: 'Olga Owner' });
    ({ boardId } = await createBoard(owner.client, 'Ordering at the counter'));
    expect((await owner.client.patch(`/api/v1/boards/${boardId}`, { customerEditMode: 'propose' })).status).toBe(200);
    const { token } = await createInviteLink(owner.client, boardId, { role: 'moderator', side: 'firm' });
    moderator = new ApiClient(server.url);
    expect((await moderator.post('/api/v1/invites/accept', { token, displayName: 'Mia Moderator' })).status).toBe(200);
  });

  it('a moderator cannot make a customer an editor (who would write past the board’s propose-only setting)', async () => {
    const refused = await moderator.post(`/api/v1/boards/${boardId}/invites`, { role: 'editor', side: 'customer' });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden', fields: { role: ['Not allowed for your role'] } });
    expect((await moderator.post(`/api/v1/boards/${boardId}/invites`, { role: 'contributor', side: 'customer' })).status).toBe(201);
    expect((await moderator.post(`/api/v1/boards/${boardId}/invites`, { role: 'editor', side: 'firm' })).status).toBe(201);
  });

  it('the owner, who sets the board’s rule, still can', async () => {
    expect((await owner.client.post(`/api/v1/boards/${boardId}/invites`, { role: 'editor', side: 'customer' })).status).toBe(201);
  });

  it('a guest’s unverified email is contact data: the real person can still sign up with it as staff', async () => {
    const email = uniqueEmail('real-person');
    const { token } = await createInviteLink(owner.client, boardId, { role: 'contributor', side: 'customer' });
    const guest = new ApiClient(server.url);
    expect((await guest.post('/api/v1/invites/accept', { token, displayName: 'Impostor', email })).status).toBe(200);

    const real = await signUpStaff(server.url, { email, name: 'Real Person' });
    expect((await real.client.get('/api/v1/me')).body.user).toMatchObject({ email, kind: 'staff', name: 'Real Person' });
    // The guest stays who they were; the owner still sees the address they gave.
    expect((await guest.get('/api/v1/me')).body.user).toMatchObject({ kind: 'guest', name: 'Impostor', email: null });
    const people = (await owner.client.get(`/api/v1/boards/${boardId}/participants`)).body.participants as Array<{ displayName: string; email: string | null }>;
    expect(people.find((p) => p.displayName === 'Impostor')?.email).toBe(email);
  });
});
