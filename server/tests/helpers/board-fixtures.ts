import { ApiClient, signUpStaff, uniqueEmail } from './api-client';

/** A copy of a client (same cookie/bearer) whose cookie changes stay its own. */
export function cloneClient(client: ApiClient): ApiClient {
  const copy = new ApiClient(client.baseUrl);
  copy.cookie = client.cookie;
  copy.bearer = client.bearer;
  return copy;
}

function expectStatus(res: { status: number; body: unknown }, status: number, what: string): void {
  if (res.status !== status) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function createBoard(owner: ApiClient, name = `Board ${Math.random().toString(36).slice(2, 8)}`) {
  const res = await owner.post('/api/v1/boards', { name });
  expectStatus(res, 201, 'create board');
  return { boardId: res.body.board.id as string, name };
}

/** A board invite link made by `by`; returns the token (the last part of the url) and the invite id. */
export async function createInviteLink(by: ApiClient, boardId: string, input: Record<string, unknown> = {}) {
  const res = await by.post(`/api/v1/boards/${boardId}/invites`, input);
  expectStatus(res, 201, 'create invite');
  return { token: (res.body.url as string).split('/invite/')[1]!, inviteId: res.body.invite.id as string, url: res.body.url as string };
}

/** A new guest who accepted an invite to the board with this role and side. */
export async function inviteGuest(owner: ApiClient, boardId: string, role: string, side = 'customer', displayName = 'Guest Person') {
  const { token } = await createInviteLink(owner, boardId, { role, side });
  const client = new ApiClient(owner.baseUrl);
  const res = await client.post('/api/v1/invites/accept', { token, displayName });
  expectStatus(res, 200, 'accept invite');
  const me = await client.get('/api/v1/me');
  return { client, userId: me.body.user.id as string };
}

/** A new staff member of the admin's workspace (through a staff invite and sign-up). */
export async function joinWorkspace(admin: ApiClient, name = 'Staff Member') {
  const res = await admin.post('/api/v1/workspace/invites', {});
  expectStatus(res, 201, 'create staff invite');
  const inviteToken = new URL(res.body.url as string).searchParams.get('invite')!;
  return signUpStaff(admin.baseUrl, { name, email: uniqueEmail('member'), inviteToken });
}

export async function addStaff(owner: ApiClient, boardId: string, email: string, role: string, side = 'firm') {
  const res = await owner.post(`/api/v1/boards/${boardId}/participants`, { email, role, side });
  expectStatus(res, 201, 'add participant');
  return res.body.participant;
}
