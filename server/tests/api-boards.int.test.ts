import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff } from './helpers/api-client';
import { addStaff, createBoard, inviteGuest, joinWorkspace } from './helpers/board-fixtures';

describe('boards, settings and participants', async () => {
  const server = await startTestServer();
  let owner: ApiClient;
  let ownerId = '';
  let member: Awaited<ReturnType<typeof joinWorkspace>>;

  const ids = (res: { body: { boards: Array<{ id: string }> } }) => res.body.boards.map((b) => b.id);

  beforeAll(async () => {
    const signedUp = await signUpStaff(server.url, { name: 'Olga Owner' });
    owner = signedUp.client;
    ownerId = signedUp.userId;
    member = await joinWorkspace(owner, 'Mo Member');
  });

  it('creates a board with the creator as its firm-side owner', async () => {
    const res = await owner.post('/api/v1/boards', { name: '  Returns desk ', description: 'Bringing things back' });
    expect(res.status).toBe(201);
    expect(res.body.board).toMatchObject({
      name: 'Returns desk',
      description: 'Bringing things back',
      customerEditMode: 'direct',
      customerVisibility: 'named',
      archivedAt: null,
      myRole: 'owner',
      mySide: 'firm',
    });
    const got = await owner.get(`/api/v1/boards/${res.body.board.id}`);
    expect(got.body.board).toEqual(res.body.board);
  });

  it('lists only the boards the actor is on', async () => {
    const { boardId } = await createBoard(owner, 'Private plans');
    expect(ids(await member.client.get('/api/v1/boards'))).not.toContain(boardId);
    expect((await member.client.get(`/api/v1/boards/${boardId}`)).status).toBe(404);
    await addStaff(owner, boardId, member.email, 'editor');
    expect(ids(await member.client.get('/api/v1/boards'))).toContain(boardId);
  });

  it('lets moderators rename and describe, and only owners change settings', async () => {
    const { boardId } = await createBoard(owner, 'Counter');
    await addStaff(owner, boardId, member.email, 'moderator');
    const renamed = await member.client.patch(`/api/v1/boards/${boardId}`, { name: 'Counter service', description: 'Fast' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.board).toMatchObject({ name: 'Counter service', description: 'Fast', myRole: 'moderator' });
    expect((await member.client.patch(`/api/v1/boards/${boardId}`, { customerEditMode: 'propose' })).status).toBe(403);
    const set = await owner.patch(`/api/v1/boards/${boardId}`, { customerEditMode: 'propose', customerVisibility: 'anonymous' });
    expect(set.body.board).toMatchObject({ customerEditMode: 'propose', customerVisibility: 'anonymous' });
    const read = await owner.get(`/api/v1/boards/${boardId}`);
    expect(read.body.board).toMatchObject({ name: 'Counter service', customerEditMode: 'propose', customerVisibility: 'anonymous' });
  });

  it('archives and restores a board', async () => {
    const { boardId } = await createBoard(owner, 'Seasonal menu');
    const archived = await owner.patch(`/api/v1/boards/${boardId}`, { archived: true });
    expect(archived.body.board.archivedAt).toEqual(expect.any(String));
    expect(ids(await owner.get('/api/v1/boards'))).not.toContain(boardId);
    expect(ids(await owner.get('/api/v1/boards?filter=archived'))).toContain(boardId);
    const restored = await owner.patch(`/api/v1/boards/${boardId}`, { archived: false });
    expect(restored.body.board.archivedAt).toBeNull();
    expect(ids(await owner.get('/api/v1/boards'))).toContain(boardId);
    expect(ids(await owner.get('/api/v1/boards?filter=archived'))).not.toContain(boardId);
  });

  it('deletes a board only when the owner types its exact name', async () => {
    const { boardId } = await createBoard(owner, 'Doomed Board');
    const wrong = await owner.delete(`/api/v1/boards/${boardId}`, { confirmName: 'doomed board' });
    expect(wrong.status).toBe(400);
    expect((await owner.get(`/api/v1/boards/${boardId}`)).status).toBe(200);
    expect((await owner.delete(`/api/v1/boards/${boardId}`, { confirmName: 'Doomed Board' })).status).toBe(204);
    expect((await owner.get(`/api/v1/boards/${boardId}`)).status).toBe(404);
    expect(ids(await owner.get('/api/v1/boards?filter=archived'))).not.toContain(boardId);
  });

  it('searches names and descriptions, ignoring case and treating wildcards as text', async () => {
    const latte = await owner.post('/api/v1/boards', { name: 'Latte Art', description: '' });
    const milk = await owner.post('/api/v1/boards', { name: 'Dairy', description: 'Steaming MILK for lattes' });
    const percent = await owner.post('/api/v1/boards', { name: '100% refunds', description: '' });
    expect(ids(await owner.get('/api/v1/boards?q=LATTE')).sort()).toEqual([latte.body.board.id, milk.body.board.id].sort());
    expect(ids(await owner.get('/api/v1/boards?q=milk'))).toEqual([milk.body.board.id]);
    expect(ids(await owner.get('/api/v1/boards?q=0%25'))).toEqual([percent.body.board.id]);
    expect(ids(await owner.get('/api/v1/boards?q=_'))).toEqual([]);
  });

  it('lists recent boards by the actor’s last visit, most recent first', async () => {
    const fresh = await signUpStaff(server.url, { name: 'Rita Recent' });
    const a = await createBoard(fresh.client, 'A');
    const b = await createBoard(fresh.client, 'B');
    await createBoard(fresh.client, 'Never opened');
    expect(ids(await fresh.client.get('/api/v1/boards?filter=recent'))).toEqual([]);
    await fresh.client.get(`/api/v1/boards/${a.boardId}`);
    await fresh.client.get(`/api/v1/boards/${b.boardId}`);
    expect(ids(await fresh.client.get('/api/v1/boards?filter=recent'))).toEqual([b.boardId, a.boardId]);
    await fresh.client.get(`/api/v1/boards/${a.boardId}`);
    expect(ids(await fresh.client.get('/api/v1/boards?filter=recent'))).toEqual([a.boardId, b.boardId]);
  });

  describe('participants', () => {
    let boardId = '';
    let ann: Awaited<ReturnType<typeof inviteGuest>>;
    let bea: Awaited<ReturnType<typeof inviteGuest>>;

    beforeAll(async () => {
      ({ boardId } = await createBoard(owner, 'People board'));
      ann = await inviteGuest(owner, boardId, 'contributor', 'customer', 'Ann');
      bea = await inviteGuest(owner, boardId, 'observer', 'customer', 'Bea');
      await addStaff(owner, boardId, member.email, 'moderator');
    });

    const names = (res: { body: { participants: Array<{ displayName: string }> } }) => res.body.participants.map((p) => p.displayName);

    it('shows everyone by name on a named board, with the viewer marked', async () => {
      const res = await ann.client.get(`/api/v1/boards/${boardId}/participants`);
      expect(names(res)).toEqual(['Olga Owner', 'Ann', 'Bea', 'Mo Member']);
      expect(res.body.participants.find((p: { isYou: boolean }) => p.isYou).userId).toBe(ann.userId);
      expect(res.body.participants.find((p: { userId: string }) => p.userId === ann.userId)).toMatchObject({ role: 'contributor', side: 'customer', kind: 'guest' });
    });

    it('numbers customers on an anonymous board for everyone but owners and moderators', async () => {
      await owner.patch(`/api/v1/boards/${boardId}`, { customerVisibility: 'anonymous' });
      const asBea = await bea.client.get(`/api/v1/boards/${boardId}/participants`);
      expect(names(asBea)).toEqual(['Olga Owner', 'Customer 1', 'Bea', 'Mo Member']);
      const annSeen = asBea.body.participants.find((p: { userId: string }) => p.userId === ann.userId);
      expect(annSeen.email).toBeNull();
      expect(names(await ann.client.get(`/api/v1/boards/${boardId}/participants`))).toEqual(['Olga Owner', 'Ann', 'Customer 2', 'Mo Member']);
      expect(names(await owner.get(`/api/v1/boards/${boardId}/participants`))).toEqual(['Olga Owner', 'Ann', 'Bea', 'Mo Member']);
      expect(names(await member.client.get(`/api/v1/boards/${boardId}/participants`))).toEqual(['Olga Owner', 'Ann', 'Bea', 'Mo Member']);
      await owner.patch(`/api/v1/boards/${boardId}`, { customerVisibility: 'named' });
    });

    it('changes a role and a side', async () => {
      const res = await owner.patch(`/api/v1/boards/${boardId}/participants/${bea.userId}`, { role: 'contributor', side: 'firm' });
      expect(res.status).toBe(200);
      expect(res.body.participant).toMatchObject({ userId: bea.userId, role: 'contributor', side: 'firm' });
      const board = await bea.client.get(`/api/v1/boards/${boardId}`);
      expect(board.body.board).toMatchObject({ myRole: 'contributor', mySide: 'firm' });
    });

    it('never leaves a board without an owner', async () => {
      expect((await owner.patch(`/api/v1/boards/${boardId}/participants/${ownerId}`, { role: 'editor' })).status).toBe(409);
      expect((await owner.delete(`/api/v1/boards/${boardId}/participants/${ownerId}`)).status).toBe(409);
      // A second owner makes stepping down possible.
      await owner.patch(`/api/v1/boards/${boardId}/participants/${member.userId}`, { role: 'owner' });
      expect((await owner.patch(`/api/v1/boards/${boardId}/participants/${ownerId}`, { role: 'moderator' })).status).toBe(200);
      expect((await member.client.delete(`/api/v1/boards/${boardId}/participants/${member.userId}`)).status).toBe(409);
      await member.client.patch(`/api/v1/boards/${boardId}/participants/${ownerId}`, { role: 'owner' });
    });

    it('adds staff of the workspace by email, but nobody else', async () => {
      const colleague = await joinWorkspace(owner, 'Cole League');
      const added = await owner.post(`/api/v1/boards/${boardId}/participants`, { email: colleague.email.toUpperCase(), role: 'editor' });
      expect(added.status).toBe(201);
      expect(added.body.participant).toMatchObject({ userId: colleague.userId, role: 'editor', side: 'firm', kind: 'staff' });
      expect((await owner.post(`/api/v1/boards/${boardId}/participants`, { email: colleague.email, role: 'observer' })).status).toBe(409);
      const stranger = await signUpStaff(server.url, { name: 'Other Firm' });
      expect((await owner.post(`/api/v1/boards/${boardId}/participants`, { email: stranger.email, role: 'editor' })).status).toBe(404);
    });

    it('lets an owner remove someone, and anyone leave, after which the board is gone for them', async () => {
      expect((await owner.delete(`/api/v1/boards/${boardId}/participants/${bea.userId}`)).status).toBe(204);
      expect((await bea.client.get(`/api/v1/boards/${boardId}`)).status).toBe(404);
      expect((await ann.client.delete(`/api/v1/boards/${boardId}/participants/${ann.userId}`)).status).toBe(204);
      expect((await ann.client.get(`/api/v1/boards/${boardId}`)).status).toBe(404);
      expect(names(await owner.get(`/api/v1/boards/${boardId}/participants`))).not.toContain('Ann');
    });
  });

  describe('guests', () => {
    it('reach only their own board', async () => {
      const { boardId } = await createBoard(owner, 'Guest board');
      const other = await createBoard(owner, 'Staff only');
      const guest = await inviteGuest(owner, boardId, 'contributor', 'customer', 'Gus');
      expect(ids(await guest.client.get('/api/v1/boards'))).toEqual([boardId]);
      expect((await guest.client.get(`/api/v1/boards/${other.boardId}`)).status).toBe(404);
      expect((await guest.client.get(`/api/v1/boards/${other.boardId}/participants`)).status).toBe(404);
      expect((await guest.client.post('/api/v1/boards', { name: 'Mine' })).status).toBe(403);
      expect((await guest.client.get('/api/v1/workspace/members')).status).toBe(403);
      expect((await guest.client.get('/api/v1/tokens')).status).toBe(403);
      const me = await guest.client.get('/api/v1/me');
      expect(me.body).toEqual({ user: { id: guest.userId, name: 'Gus', email: null, kind: 'guest' }, workspace: null });
    });
  });

  describe('me', () => {
    it('describes a staff member and their workspace', async () => {
      const me = await owner.get('/api/v1/me');
      expect(me.body.user).toMatchObject({ id: ownerId, name: 'Olga Owner', kind: 'staff' });
      expect(me.body.workspace).toMatchObject({ role: 'admin', name: expect.any(String) });
      const members = await owner.get('/api/v1/workspace/members');
      expect(members.body.members.map((m: { userId: string }) => m.userId)).toEqual(expect.arrayContaining([ownerId, member.userId]));
    });

    it('signs out everywhere: every session of the user stops working', async () => {
      const person = await signUpStaff(server.url, { name: 'Sam Sessions' });
      const laptop = new ApiClient(server.url);
      expect(await laptop.signIn(person.email, person.password)).toBe(200);
      expect((await laptop.get('/api/v1/me')).status).toBe(200);
      const phone = person.client;
      expect((await phone.post('/api/v1/me/sign-out-everywhere')).status).toBe(204);
      expect((await laptop.get('/api/v1/me')).status).toBe(401);
      const stolen = new ApiClient(server.url);
      stolen.cookie = laptop.cookie;
      expect((await stolen.get('/api/v1/boards')).status).toBe(401);
      const again = new ApiClient(server.url);
      expect(await again.signIn(person.email, person.password)).toBe(200);
      expect((await again.get('/api/v1/me')).status).toBe(200);
    });
  });
});
