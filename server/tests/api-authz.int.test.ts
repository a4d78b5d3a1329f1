import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff } from './helpers/api-client';
import { addStaff, cloneClient, createBoard, createInviteLink, inviteGuest, joinWorkspace } from './helpers/board-fixtures';

/**
 * Every /api/v1 route × every kind of caller, with the exact status each must
 * get. Staff hold owner/moderator/editor; guests (customers) hold
 * contributor/observer; "outsider" is a guest of another board.
 */
const ACTORS = ['owner', 'moderator', 'editor', 'contributor', 'observer', 'anonymous', 'outsider'] as const;
type ActorName = (typeof ACTORS)[number];
type Statuses = [owner: number, moderator: number, editor: number, contributor: number, observer: number, anonymous: number, outsider: number];

interface Fixture {
  boardId: string;
  boardName: string;
  userIds: Record<ActorName, string>;
  clients: Record<ActorName, ApiClient>;
  /** A staff participant (editor) others act on. */
  targetId: string;
  /** A workspace staff member not yet on the board. */
  candidateEmail: string;
  inviteId: string;
  inviteToken: string;
  ownerTokenId: string;
  /** An open idea the owner proposed. */
  proposalId: string;
}

interface RouteCase {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: (f: Fixture, actor: ActorName) => string;
  body?: (f: Fixture, actor: ActorName) => unknown;
  label?: string;
  expect: Statuses;
  /** Changes what later cases rely on: each actor gets a board (fixture) of its own. */
  fresh?: boolean;
}

const b = (f: Fixture) => `/api/v1/boards/${f.boardId}`;
const pr = (f: Fixture) => `${b(f)}/proposals/${f.proposalId}`;

const ROUTES: RouteCase[] = [
  //                                                                                     own  mod  edi  con  obs  anon out
  { method: 'GET', path: () => '/api/v1/me', expect: [200, 200, 200, 200, 200, 401, 200] },
  { method: 'GET', path: () => '/api/v1/boards', expect: [200, 200, 200, 200, 200, 401, 200] },
  { method: 'GET', path: () => '/api/v1/boards?filter=recent&q=a', expect: [200, 200, 200, 200, 200, 401, 200] },
  { method: 'POST', path: () => '/api/v1/boards', body: () => ({ name: 'New board' }), expect: [201, 201, 201, 403, 403, 401, 403] },
  { method: 'GET', path: b, expect: [200, 200, 200, 200, 200, 401, 404] },
  { method: 'PATCH', path: b, body: (f) => ({ name: f.boardName, description: 'Words' }), label: 'rename/describe', expect: [200, 200, 403, 403, 403, 401, 404] },
  { method: 'PATCH', path: b, body: () => ({ customerEditMode: 'propose' }), expect: [200, 403, 403, 403, 403, 401, 404] },
  { method: 'PATCH', path: b, body: () => ({ customerVisibility: 'named' }), expect: [200, 403, 403, 403, 403, 401, 404] },
  { method: 'PATCH', path: b, body: () => ({ editorsDecideProposals: false }), expect: [200, 403, 403, 403, 403, 401, 404] },
  { method: 'PATCH', path: b, body: () => ({ moderatorsSeePrivate: true }), expect: [200, 403, 403, 403, 403, 401, 404] },
  { method: 'PATCH', path: b, body: () => ({ archived: false }), expect: [200, 403, 403, 403, 403, 401, 404] },
  { method: 'DELETE', path: b, body: (f) => ({ confirmName: f.boardName }), expect: [204, 403, 403, 403, 403, 401, 404], fresh: true },
  { method: 'GET', path: (f) => `${b(f)}/participants`, expect: [200, 200, 200, 200, 200, 401, 404] },
  {
    method: 'POST',
    path: (f) => `${b(f)}/participants`,
    body: (f) => ({ email: f.candidateEmail, role: 'editor' }),
    expect: [201, 403, 403, 403, 403, 401, 404],
  },
  {
    method: 'PATCH',
    path: (f) => `${b(f)}/participants/${f.targetId}`,
    body: () => ({ role: 'editor', side: 'firm' }),
    expect: [200, 403, 403, 403, 403, 401, 404],
  },
  { method: 'DELETE', path: (f) => `${b(f)}/participants/${f.targetId}`, label: 'someone else', expect: [204, 403, 403, 403, 403, 401, 404], fresh: true },
  // Everyone may leave, except the last owner.
  { method: 'DELETE', path: (f, a) => `${b(f)}/participants/${f.userIds[a]}`, label: 'themselves', expect: [409, 204, 204, 204, 204, 401, 404], fresh: true },
  { method: 'GET', path: (f) => `${b(f)}/invites`, expect: [200, 200, 403, 403, 403, 401, 404] },
  { method: 'POST', path: (f) => `${b(f)}/invites`, body: () => ({ role: 'contributor' }), expect: [201, 201, 403, 403, 403, 401, 404] },
  {
    method: 'POST',
    path: (f) => `${b(f)}/invites`,
    body: () => ({ role: 'moderator', side: 'firm' }),
    label: 'as moderator',
    expect: [201, 403, 403, 403, 403, 401, 404],
  },
  { method: 'DELETE', path: (f) => `${b(f)}/invites/${f.inviteId}`, expect: [204, 204, 403, 403, 403, 401, 404], fresh: true },
  { method: 'POST', path: () => '/api/v1/invites/inspect', body: (f) => ({ token: f.inviteToken }), expect: [200, 200, 200, 200, 200, 200, 200] },
  // Staff already on the board keep their place; everyone else becomes a new guest.
  {
    method: 'POST',
    path: () => '/api/v1/invites/accept',
    body: (f) => ({ token: f.inviteToken, displayName: 'Joiner' }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  { method: 'GET', path: (f) => `${b(f)}/proposals`, expect: [200, 200, 200, 200, 200, 401, 404] },
  { method: 'POST', path: (f) => `${b(f)}/proposals`, body: () => ({ kind: 'idea', title: 'An idea' }), expect: [201, 201, 201, 201, 403, 401, 404] },
  { method: 'GET', path: pr, expect: [200, 200, 200, 200, 200, 401, 404] },
  // Only its author (the owner here) edits a proposal.
  { method: 'PATCH', path: pr, body: () => ({ title: 'Renamed idea' }), expect: [200, 403, 403, 403, 403, 401, 404] },
  { method: 'POST', path: (f) => `${pr(f)}/endorse`, expect: [200, 200, 200, 200, 403, 401, 404] },
  { method: 'DELETE', path: (f) => `${pr(f)}/endorse`, label: 'after endorsing', expect: [200, 200, 200, 200, 403, 401, 404] },
  { method: 'GET', path: (f) => `${pr(f)}/comments`, expect: [200, 200, 200, 200, 200, 401, 404] },
  { method: 'POST', path: (f) => `${pr(f)}/comments`, body: () => ({ body: 'A thought' }), expect: [201, 201, 201, 201, 403, 401, 404] },
  { method: 'POST', path: (f) => `${pr(f)}/decision`, body: () => ({ action: 'reject', reason: 'Not now' }), expect: [200, 200, 403, 403, 403, 401, 404], fresh: true },
  {
    method: 'POST',
    path: (f) => `${b(f)}/proposals/decisions`,
    body: (f) => ({ proposalIds: [f.proposalId], decision: { action: 'reject', reason: 'Not now' } }),
    expect: [200, 200, 403, 403, 403, 401, 404],
    fresh: true,
  },
  { method: 'POST', path: (f) => `${b(f)}/proposals/reveal`, expect: [200, 200, 403, 403, 403, 401, 404] },
  { method: 'GET', path: () => '/api/v1/tokens', expect: [200, 200, 200, 403, 403, 401, 403] },
  { method: 'POST', path: () => '/api/v1/tokens', body: () => ({ name: 'ci' }), expect: [201, 201, 201, 403, 403, 401, 403] },
  { method: 'DELETE', path: (f) => `/api/v1/tokens/${f.ownerTokenId}`, label: "the owner's", expect: [204, 404, 404, 403, 403, 401, 403], fresh: true },
  { method: 'GET', path: () => '/api/v1/templates', expect: [200, 200, 200, 200, 200, 401, 200] },
  { method: 'GET', path: () => '/api/v1/workspace/members', expect: [200, 200, 200, 403, 403, 401, 403] },
  { method: 'POST', path: () => '/api/v1/workspace/invites', body: () => ({}), expect: [201, 403, 403, 403, 403, 401, 403] },
  // Last: it ends the actors' sessions.
  { method: 'POST', path: () => '/api/v1/me/sign-out-everywhere', expect: [204, 204, 204, 204, 204, 401, 204] },
];

describe('authorisation of every /api/v1 route', async () => {
  const server = await startTestServer();
  const clients = {} as Record<ActorName, ApiClient>;
  const staffEmails = {} as Record<'moderator' | 'editor' | 'target' | 'candidate', string>;
  const staffIds = {} as Record<'owner' | 'moderator' | 'editor' | 'target', string>;
  let outsiderId = '';
  let shared: Fixture;

  /** A board with the owner and whichever actors the case needs, and things to act on. */
  async function makeFixture(only?: ActorName): Promise<Fixture> {
    const owner = clients.owner;
    const { boardId, name } = await createBoard(owner);
    const userIds = { owner: staffIds.owner, anonymous: staffIds.owner, outsider: outsiderId } as Record<ActorName, string>;
    const fixtureClients = { ...clients };
    const wants = (a: ActorName) => !only || only === a;
    for (const role of ['moderator', 'editor'] as const) {
      if (wants(role)) await addStaff(owner, boardId, staffEmails[role], role);
      userIds[role] = staffIds[role];
    }
    for (const role of ['contributor', 'observer'] as const) {
      if (!wants(role)) continue;
      const guest = await inviteGuest(owner, boardId, role, 'customer', `Customer ${role}`);
      fixtureClients[role] = guest.client;
      userIds[role] = guest.userId;
    }
    await addStaff(owner, boardId, staffEmails.target, 'editor');
    const invite = await createInviteLink(owner, boardId, { role: 'contributor', maxUses: null });
    const token = await owner.post('/api/v1/tokens', { name: 'fixture' });
    const proposal = await owner.post(`/api/v1/boards/${boardId}/proposals`, { kind: 'idea', title: 'Fixture idea' });
    return {
      proposalId: proposal.body.proposal.id,
      boardId,
      boardName: name,
      userIds,
      clients: fixtureClients,
      targetId: staffIds.target,
      candidateEmail: staffEmails.candidate,
      inviteId: invite.inviteId,
      inviteToken: invite.token,
      ownerTokenId: token.body.apiToken.id,
    };
  }

  beforeAll(async () => {
    const owner = await signUpStaff(server.url, { name: 'Olga Owner' });
    clients.owner = owner.client;
    staffIds.owner = owner.userId;
    for (const who of ['moderator', 'editor', 'target', 'candidate'] as const) {
      const member = await joinWorkspace(owner.client, `Staff ${who}`);
      staffEmails[who] = member.email;
      if (who !== 'candidate') staffIds[who] = member.userId;
      if (who === 'moderator' || who === 'editor') clients[who] = member.client;
    }
    clients.anonymous = new ApiClient(server.url);
    const other = await createBoard(owner.client, 'Another board');
    const outsider = await inviteGuest(owner.client, other.boardId, 'owner', 'customer', 'Outsider');
    clients.outsider = outsider.client;
    outsiderId = outsider.userId;
    shared = await makeFixture();
  });

  for (const rc of ROUTES) {
    const title = `${rc.method} ${rc.path(placeholderFixture, 'owner').replace(/[0-9a-f-]{36}/g, ':id')}${rc.label ? ` (${rc.label})` : ''}`;
    describe(title, () => {
      ACTORS.forEach((actor, i) => {
        const expected = rc.expect[i]!;
        it(`${actor} → ${expected}`, async () => {
          const fixture = rc.fresh ? await makeFixture(actor) : shared;
          const client = cloneClient(fixture.clients[actor]);
          const res = await client.request(rc.method, rc.path(fixture, actor), rc.body?.(fixture, actor));
          expect(res.status, JSON.stringify(res.body)).toBe(expected);
          if (expected >= 400) expect(res.body.error.code).toEqual(expect.any(String));
        });
      });
    });
  }

  it('covers every route file of /api/v1 (except sign-up)', async () => {
    const files = fs
      .readdirSync('app/api/v1', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('route.ts') && !f.includes('auth/signup'))
      .map((f) => `app/api/v1/${f}`);
    const covered = new Set(
      ROUTES.map((rc) =>
        rc.path(placeholderFixture, 'owner')
          .replace(/\?.*$/, '')
          .replace(/[0-9a-f-]{36}/g, '[id]'),
      ),
    );
    const normalised = files.map((f) => '/' + f.replace(/\/route\.ts$/, '').replace(/^app\//, '').replace(/\[\w+\]/g, '[id]'));
    expect(normalised.filter((p) => !covered.has(p))).toEqual([]);
  });
});

const ID = '00000000-0000-4000-8000-000000000000';
const placeholderFixture: Fixture = {
  boardId: ID,
  boardName: 'x',
  userIds: Object.fromEntries(ACTORS.map((a) => [a, ID])) as Record<ActorName, string>,
  clients: {} as Record<ActorName, ApiClient>,
  targetId: ID,
  candidateEmail: 'x@example.test',
  inviteId: ID,
  inviteToken: 'x',
  ownerTokenId: ID,
  proposalId: ID,
};
