import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server';
import { ApiClient, uniqueEmail } from './helpers/api-client';
import { connect, createBoard, waitFor } from './helpers/sync';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'correct horse battery staple';
const UUID_LINE = /^[0-9a-f-]{36}\n$/;

/** Runs `coscript …` as an operator would, with the server's DATA_DIR / DATABASE_URL. */
function coscript(server: TestServer, args: string[], opts: { input?: string; cwd?: string } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/coscript.mjs'), ...args], {
      cwd: opts.cwd ?? ROOT,
      env: server.env as NodeJS.ProcessEnv,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** A board document in the DESIGN.md layout, with a lane and a script. */
function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  const lane = new Y.Map<unknown>();
  lane.set('name', 'Customer does');
  lane.set('kind', 'customer-does');
  lane.set('rank', 'a0');
  lane.set('hidden', false);
  doc.getMap('lanes').set('lane-1', lane);
  const script = new Y.Map<unknown>();
  const title = new Y.Text();
  title.insert(0, 'Order a drink');
  script.set('title', title);
  script.set('rank', 'a0');
  doc.getMap('scripts').set('script-1', script);
  title.insert(0, '☕ ');
  return doc;
}

function exportOf(doc: Y.Doc, name: string) {
  return {
    format: 'coscript-board',
    version: 1,
    exportedAt: new Date().toISOString(),
    board: {
      id: crypto.randomUUID(),
      name,
      description: 'Crafted for the test',
      customerEditMode: 'propose',
      customerVisibility: 'anonymous',
      archivedAt: null,
      createdAt: new Date().toISOString(),
    },
    participants: [],
    content: { yjsUpdate: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64') },
  };
}

const docOf = (base64: string) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(base64, 'base64'));
  return doc;
};

const contentOf = (doc: Y.Doc) => ({ lanes: doc.getMap('lanes').toJSON(), scripts: doc.getMap('scripts').toJSON() });

describe('coscript CLI', async () => {
  const server = await startTestServer();

  async function createUser(name = 'Operator Made') {
    const email = uniqueEmail('cli');
    const res = await coscript(server, ['user', 'create', '--email', email, '--password', PASSWORD, '--name', name]);
    expect(res.stderr).not.toMatch(/error/i);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(UUID_LINE);
    return { email, id: res.stdout.trim() };
  }

  it('user create makes a staff account with a workspace that signs in through the API', async () => {
    const { email, id } = await createUser('Ada');
    const client = new ApiClient(server.url);
    expect(await client.signIn(email, PASSWORD)).toBe(200);
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id, email, name: 'Ada', kind: 'staff' });
    expect(me.body.workspace).toMatchObject({ role: 'admin' });
  });

  it('token create prints the token alone, and it authenticates as that user', async () => {
    const { email, id } = await createUser();
    const res = await coscript(server, ['token', 'create', '--email', email.toUpperCase(), '--name', 'ci']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^cs_pat_[A-Za-z0-9_-]{43}\n$/);
    const client = new ApiClient(server.url);
    client.bearer = res.stdout.trim();
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(id);
    client.bearer = `${res.stdout.trim()}x`;
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('user reset-password replaces the password, ends existing sessions and revokes API tokens', async () => {
    const { email } = await createUser();
    const before = new ApiClient(server.url);
    expect(await before.signIn(email, PASSWORD)).toBe(200);
    expect((await before.get('/api/v1/me')).status).toBe(200);
    const api = new ApiClient(server.url);
    api.bearer = (await before.post('/api/v1/tokens', { name: 'Deploy script' })).body.token;
    expect((await api.get('/api/v1/me')).status).toBe(200);

    const newPassword = 'a brand new pass phrase';
    const res = await coscript(server, ['user', 'reset-password', '--email', email, '--password', newPassword]);
    expect(res.code).toBe(0);

    expect((await before.get('/api/v1/me')).status).toBe(401);
    expect((await api.get('/api/v1/me')).status).toBe(401);
    const old = new ApiClient(server.url);
    await old.signIn(email, PASSWORD);
    expect(old.cookie).not.toContain('session-token');
    const fresh = new ApiClient(server.url);
    expect(await fresh.signIn(email, newPassword)).toBe(200);
    expect((await fresh.get('/api/v1/me')).status).toBe(200);
  });

  it('board check finds a complete log complete (through the running server), and says when a board does not exist', async () => {
    const owner = await createUser('Checked Owner');
    const imported = await coscript(server, ['board', 'import', '--file', '-', '--owner-email', owner.email], { input: JSON.stringify(exportOf(sampleDoc(), 'Checked')) });
    const boardId = imported.stdout.trim();
    const check = await coscript(server, ['board', 'check', '--board', boardId]);
    expect(check).toMatchObject({ code: 0, stdout: `board ${boardId}: complete\n` });
    expect(await coscript(server, ['board', 'check', '--board', boardId, '--repair'])).toMatchObject({ code: 0, stdout: `board ${boardId}: complete\n` });
    const missing = await coscript(server, ['board', 'check', '--board', crypto.randomUUID()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such board');
  });

  it('board import then export round-trips the name, settings and Yjs content', async () => {
    const owner = await createUser('Owner Person');
    const original = sampleDoc();
    const imported = await coscript(server, ['board', 'import', '--file', '-', '--owner-email', owner.email], {
      input: JSON.stringify(exportOf(original, 'Ordering at the counter')),
    });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(UUID_LINE);
    const boardId = imported.stdout.trim();

    const client = new ApiClient(server.url);
    expect(await client.signIn(owner.email, PASSWORD)).toBe(200);
    const board = await client.get(`/api/v1/boards/${boardId}`);
    expect(board.status).toBe(200);
    expect(board.body.board).toMatchObject({ name: 'Ordering at the counter', customerEditMode: 'propose', myRole: 'owner' });

    const exported = await coscript(server, ['board', 'export', '--board', boardId]);
    expect(exported.code).toBe(0);
    const data = JSON.parse(exported.stdout);
    expect(data).toMatchObject({
      format: 'coscript-board',
      version: 1,
      board: { id: boardId, name: 'Ordering at the counter', customerEditMode: 'propose', customerVisibility: 'anonymous' },
      participants: [{ email: owner.email, name: 'Owner Person', role: 'owner', side: 'firm' }],
    });
    const copy = docOf(data.content.yjsUpdate);
    expect(contentOf(copy)).toEqual(contentOf(original));
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(original));

    // Through files (relative paths, from another directory): a second import is a new board.
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'coscript-cli-'));
    const toFile = await coscript(server, ['board', 'export', '--board', boardId, '--out', 'board.json'], { cwd });
    expect(toFile.code).toBe(0);
    const again = await coscript(server, ['board', 'import', '--file', 'board.json', '--owner-email', owner.email], { cwd });
    expect(again.code).toBe(0);
    const secondId = again.stdout.trim();
    expect(secondId).not.toBe(boardId);
    const second = JSON.parse((await coscript(server, ['board', 'export', '--board', secondId])).stdout);
    expect(second.board.name).toBe('Ordering at the counter');
    expect(contentOf(docOf(second.content.yjsUpdate))).toEqual(contentOf(original));
    fs.rmSync(cwd, { recursive: true, force: true });
  });

  it('exports what live clients wrote, and the imported board syncs that content', async () => {
    const owner = await createUser();
    const client = new ApiClient(server.url);
    expect(await client.signIn(owner.email, PASSWORD)).toBe(200);
    const boardId = await createBoard(client, 'Live board');
    const live = connect(server, boardId, { cookie: client.cookie });
    await live.synced();
    const [script] = [...live.doc.getMap<Y.Map<unknown>>('scripts').values()];
    (script!.get('title') as Y.Text).insert(0, 'Written live ');
    const expected = contentOf(live.doc);

    // The server stores updates asynchronously: wait until an export holds the edit.
    const data = await waitFor(
      async () => {
        const res = await coscript(server, ['board', 'export', '--board', boardId]);
        const parsed = JSON.parse(res.stdout);
        return JSON.stringify(contentOf(docOf(parsed.content.yjsUpdate))) === JSON.stringify(expected) && parsed;
      },
      'the edit in the export',
      60_000,
    );
    const imported = await coscript(server, ['board', 'import', '--file', '-', '--owner-email', owner.email], {
      input: JSON.stringify(data),
    });
    expect(imported.code).toBe(0);
    const copy = connect(server, imported.stdout.trim(), { cookie: client.cookie });
    await copy.synced();
    // Same content, not seeded a second time on top of it.
    expect(contentOf(copy.doc)).toEqual(expected);
    expect(Y.encodeStateVector(copy.doc)).toEqual(Y.encodeStateVector(live.doc));
  });

  it("proposal list prints a board's proposals, filtered by status", async () => {
    const owner = await createUser('Proposal Owner');
    const client = new ApiClient(server.url);
    expect(await client.signIn(owner.email, PASSWORD)).toBe(200);
    const boardId = await createBoard(client, 'Proposals board');
    const made = await client.post(`/api/v1/boards/${boardId}/proposals`, { kind: 'idea', title: 'Loyalty stamps' });
    expect(made.status).toBe(201);
    const listed = await coscript(server, ['proposal', 'list', '--board', boardId]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(`${made.body.proposal.id}\topen\tidea\tProposal Owner\t0\tLoyalty stamps\n`);
    const none = await coscript(server, ['proposal', 'list', '--board', boardId, '--status', 'accepted', '--format', 'json']);
    expect(JSON.parse(none.stdout)).toEqual([]);
    expect((await coscript(server, ['proposal', 'list', '--board', boardId, '--status', 'maybe'])).code).toBe(2);
  });

  it('answers bad arguments with exit code 2 and domain errors with exit code 1', async () => {
    const missing = await coscript(server, ['user', 'create', '--email', uniqueEmail('x')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('Missing --password');

    const unknown = await coscript(server, ['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: frobnicate');

    const { email } = await createUser();
    const duplicate = await coscript(server, ['user', 'create', '--email', email, '--password', 'some other password']);
    expect(duplicate).toMatchObject({ code: 1, stdout: '' });
    expect(duplicate.stderr).toContain('already exists');
    expect(await new ApiClient(server.url).signIn(email, PASSWORD)).toBe(200);

    const nobody = await coscript(server, ['token', 'create', '--email', uniqueEmail('nobody')]);
    expect(nobody).toMatchObject({ code: 1, stdout: '' });
    expect(nobody.stderr).toContain('No staff account');

    const notExport = await coscript(server, ['board', 'import', '--file', '-', '--owner-email', email], { input: '{"hello":1}' });
    expect(notExport.code).toBe(2);
    expect(notExport.stderr).toContain('not a Coscript board export');

    const help = await coscript(server, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('token create');
  });

  it('works while the server is stopped, and the server sees the change after a restart', async () => {
    const email = uniqueEmail('offline');
    await server.stop();
    let res: Awaited<ReturnType<typeof coscript>>;
    let lockLeft: boolean;
    try {
      res = await coscript(server, ['user', 'create', '--email', email, '--password', PASSWORD]);
      lockLeft = fs.existsSync(path.join(server.dataDir, 'coscript.lock'));
    } finally {
      await server.restart();
    }
    expect(res.stderr).not.toMatch(/error/i);
    expect(res.code).toBe(0);
    expect(lockLeft).toBe(false);
    expect(await new ApiClient(server.url).signIn(email, PASSWORD)).toBe(200);
  });
});
