import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff } from './helpers/api-client';
import { createBoard, createInviteLink, joinWorkspace } from './helpers/board-fixtures';

const UNKNOWN_ID = '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b';
const BIG = 'x'.repeat(70 * 1024);

interface BadCase {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  /** A string is sent as is (for broken JSON); anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  code: string;
  fields?: string[];
}

describe('bad input gets a clear error and changes nothing', async () => {
  const server = await startTestServer();
  let owner: ApiClient;
  let boardId = '';
  let memberEmail = '';
  let cases: BadCase[] = [];

  /** Everything these requests could have changed, as the owner sees it. */
  async function snapshot() {
    const [boards, archived, board, participants, invites, tokens] = await Promise.all([
      owner.get('/api/v1/boards'),
      owner.get('/api/v1/boards?filter=archived'),
      owner.get(`/api/v1/boards/${boardId}`),
      owner.get(`/api/v1/boards/${boardId}/participants`),
      owner.get(`/api/v1/boards/${boardId}/invites`),
      owner.get('/api/v1/tokens'),
    ]);
    return { boards: boards.body, archived: archived.body, board: board.body, participants: participants.body, invites: invites.body, tokens: tokens.body };
  }

  beforeAll(async () => {
    owner = (await signUpStaff(server.url, { name: 'Olga Owner' })).client;
    ({ boardId } = await createBoard(owner, 'Ordering at the counter'));
    memberEmail = (await joinWorkspace(owner, 'Member')).email;
    await createInviteLink(owner, boardId, { role: 'contributor' });
    const b = `/api/v1/boards/${boardId}`;
    cases = [
      { name: 'malformed JSON', method: 'POST', path: '/api/v1/boards', body: '{"name": "Half', status: 400, code: 'invalid_json' },
      { name: 'malformed JSON on an update', method: 'PATCH', path: b, body: '{name: bare}', status: 400, code: 'invalid_json' },
      { name: 'JSON that is not an object', method: 'POST', path: '/api/v1/boards', body: '["a"]', status: 400, code: 'invalid_input' },
      { name: 'wrong content type', method: 'POST', path: '/api/v1/boards', body: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, code: 'unsupported_media_type' },
      { name: 'no content type', method: 'PATCH', path: b, body: '{"name":"New"}', headers: { 'content-type': '' }, status: 415, code: 'unsupported_media_type' },
      { name: 'oversized body', method: 'POST', path: '/api/v1/boards', body: { name: 'Big', description: BIG }, status: 413, code: 'payload_too_large' },
      { name: 'oversized update', method: 'PATCH', path: b, body: { description: BIG }, status: 413, code: 'payload_too_large' },
      { name: 'unknown field on create', method: 'POST', path: '/api/v1/boards', body: { name: 'X', workspaceId: UNKNOWN_ID }, status: 400, code: 'invalid_input', fields: ['_'] },
      { name: 'unknown field on update', method: 'PATCH', path: b, body: { name: 'Renamed', archivedAt: null }, status: 400, code: 'invalid_input', fields: ['_'] },
      { name: 'empty update', method: 'PATCH', path: b, body: {}, status: 400, code: 'invalid_input' },
      { name: 'wrong type of name', method: 'PATCH', path: b, body: { name: 42 }, status: 400, code: 'invalid_input', fields: ['name'] },
      { name: 'blank name', method: 'PATCH', path: b, body: { name: '   ' }, status: 400, code: 'invalid_input', fields: ['name'] },
      { name: 'wrong type of archived', method: 'PATCH', path: b, body: { archived: 'yes' }, status: 400, code: 'invalid_input', fields: ['archived'] },
      { name: 'unknown setting value', method: 'PATCH', path: b, body: { customerEditMode: 'anything' }, status: 400, code: 'invalid_input', fields: ['customerEditMode'] },
      { name: 'delete without confirmation', method: 'DELETE', path: b, body: {}, status: 400, code: 'invalid_input', fields: ['confirmName'] },
      { name: 'delete with the wrong name', method: 'DELETE', path: b, body: { confirmName: 'ordering at the counter' }, status: 400, code: 'bad_request', fields: ['confirmName'] },
      { name: 'participant with bad email and role', method: 'POST', path: `${b}/participants`, body: { email: 'not-an-email', role: 'king' }, status: 400, code: 'invalid_input', fields: ['email', 'role'] },
      { name: 'participant unknown to the workspace', method: 'POST', path: `${b}/participants`, body: { email: 'nobody@example.test', role: 'editor' }, status: 404, code: 'not_found' },
      { name: 'participant with unknown field', method: 'POST', path: `${b}/participants`, body: { email: memberEmail, role: 'editor', admin: true }, status: 400, code: 'invalid_input' },
      { name: 'invite with wrong types', method: 'POST', path: `${b}/invites`, body: { role: 'contributor', maxUses: 'ten', expiresInHours: -1 }, status: 400, code: 'invalid_input', fields: ['maxUses', 'expiresInHours'] },
      { name: 'invite with unknown role', method: 'POST', path: `${b}/invites`, body: { role: 'superuser' }, status: 400, code: 'invalid_input', fields: ['role'] },
      { name: 'token with a number for a name', method: 'POST', path: '/api/v1/tokens', body: { name: 5 }, status: 400, code: 'invalid_input', fields: ['name'] },
      { name: 'token with unknown field', method: 'POST', path: '/api/v1/tokens', body: { name: 'ci', scopes: ['all'] }, status: 400, code: 'invalid_input' },
      { name: 'invalid board id', method: 'GET', path: '/api/v1/boards/not-a-uuid', status: 404, code: 'not_found' },
      { name: 'unknown board id', method: 'PATCH', path: `/api/v1/boards/${UNKNOWN_ID}`, body: { name: 'X' }, status: 404, code: 'not_found' },
      { name: 'invalid participant id', method: 'PATCH', path: `${b}/participants/42`, body: { role: 'observer' }, status: 404, code: 'not_found' },
      { name: 'unknown participant id', method: 'DELETE', path: `${b}/participants/${UNKNOWN_ID}`, status: 404, code: 'not_found' },
      { name: 'unknown invite id', method: 'DELETE', path: `${b}/invites/${UNKNOWN_ID}`, status: 404, code: 'not_found' },
      { name: 'invalid token id', method: 'DELETE', path: '/api/v1/tokens/..%2F..', status: 404, code: 'not_found' },
      { name: 'unknown token id', method: 'DELETE', path: `/api/v1/tokens/${UNKNOWN_ID}`, status: 404, code: 'not_found' },
      { name: 'unknown list filter', method: 'GET', path: '/api/v1/boards?filter=everything', status: 400, code: 'invalid_input', fields: ['filter'] },
      { name: 'unknown query parameter', method: 'GET', path: '/api/v1/boards?limit=5', status: 400, code: 'invalid_input' },
      { name: 'malformed invite token', method: 'POST', path: '/api/v1/invites/accept', body: { token: 'short', displayName: 'Eve' }, status: 400, code: 'invalid_input', fields: ['token'] },
      { name: 'unknown invite token', method: 'POST', path: '/api/v1/invites/accept', body: { token: 'cs_inv_' + 'A'.repeat(43), displayName: 'Eve' }, status: 404, code: 'not_found' },
      { name: 'accept without a name', method: 'POST', path: '/api/v1/invites/accept', body: { token: 'cs_inv_' + 'A'.repeat(43) }, status: 400, code: 'invalid_input', fields: ['displayName'] },
      { name: 'inspect of an unknown token', method: 'POST', path: '/api/v1/invites/inspect', body: { token: 'cs_inv_' + 'B'.repeat(43) }, status: 404, code: 'not_found' },
      { name: 'staff invite with unknown field', method: 'POST', path: '/api/v1/workspace/invites', body: { role: 'admin' }, status: 400, code: 'invalid_input' },
    ];
  });

  it('answers each bad request with the JSON error shape and leaves everything as it was', async () => {
    const before = await snapshot();
    expect(before.boards.boards).toHaveLength(1);
    expect(before.board.board.name).toBe('Ordering at the counter');
    for (const c of cases) {
      const res = await owner.request(c.method, c.path, c.body, c.headers);
      expect({ case: c.name, status: res.status, code: res.body?.error?.code }).toEqual({ case: c.name, status: c.status, code: c.code });
      expect(typeof res.body.error.message, c.name).toBe('string');
      for (const field of c.fields ?? []) expect(Object.keys(res.body.error.fields ?? {}), c.name).toContain(field);
      expect(await snapshot(), c.name).toEqual(before);
    }
  });

  it('names unknown fields in the error', async () => {
    const res = await owner.patch(`/api/v1/boards/${boardId}`, { name: 'Renamed', evil: true });
    expect(res.body.error.fields._).toEqual(['Unknown field(s): evil']);
  });

  it('stops reading a streamed body without a length once it passes 64 KiB', async () => {
    const chunk = new TextEncoder().encode(JSON.stringify({ description: BIG }));
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await fetch(`${server.url}/api/v1/boards/${boardId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: owner.cookie },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
    const board = await owner.get(`/api/v1/boards/${boardId}`);
    expect(board.body.board.description).toBe('');
  });

  it('does not sign anyone in with an unknown invite token', async () => {
    const anonymous = new ApiClient(server.url);
    const res = await anonymous.post('/api/v1/invites/accept', { token: 'cs_inv_' + 'C'.repeat(43), displayName: 'Eve' });
    expect(res.status).toBe(404);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect((await anonymous.get('/api/v1/me')).status).toBe(401);
  });
});
