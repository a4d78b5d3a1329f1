import { spawn } from 'node:child_process';
import path from 'node:path';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startBalancer } from './helpers/balancer';
import { storedDocument } from './helpers/stored-log';
import { requireRedisUrl } from './helpers/test-database';
import { startTestServer } from './helpers/test-server';
import { connect, inviteGuest, ownerWithBoard, rawSocket, waitFor } from './helpers/sync';

const ROOT = path.resolve(import.meta.dirname, '../..');

// Two processes on one database: the PostgreSQL pass only, where Redis is required (see sync-scaleout).
const onPostgres = !!process.env.TEST_DATABASE_URL;
const REDIS_URL = onPostgres ? requireRedisUrl() : process.env.TEST_REDIS_URL;
const canRun = onPostgres && !!REDIS_URL;
if (!canRun) console.warn('sync-node-crash: skipped, it needs TEST_DATABASE_URL (PostgreSQL) and TEST_REDIS_URL');

const entries = (from: number, to: number) => Array.from({ length: to - from }, (_, n) => `w${from + n};`).join('');

describe.skipIf(!canRun)('sync: a node killed between publishing and committing', async () => {
  const secret = 'sync-node-crash-shared-secret-0123456789';
  // The origin's long group-commit delay holds the window between an update reaching peers and its commit open.
  const origin = canRun ? await startTestServer({ env: { REDIS_URL: REDIS_URL!, NEXTAUTH_SECRET: secret, SYNC_COMMIT_DELAY_MS: '1000' } }) : undefined!;
  // It stores what the origin published and never confirmed 2.5 s after receiving it: well after a live origin's 1 s commit.
  const survivor = canRun
    ? await startTestServer({ env: { DATABASE_URL: origin.env.DATABASE_URL!, REDIS_URL: REDIS_URL!, NEXTAUTH_SECRET: secret, SYNC_ADOPT_AFTER_MS: '2500' } })
    : undefined!;
  let alive = origin;
  const balancer = canRun ? await startBalancer(() => alive.port) : undefined!;

  it('every entry any client saw is in the database once the room is reloaded', async () => {
    const owner = await ownerWithBoard(origin);
    const guest = await inviteGuest(origin, owner.client, owner.boardId, 'editor', 'firm');
    const viaBalancer = { ...origin, url: balancer.url };
    const writer = connect(viaBalancer, owner.boardId, { cookie: guest.client.cookie });
    const nearPeer = connect(viaBalancer, owner.boardId, { cookie: owner.client.cookie });
    const farPeer = connect(survivor, owner.boardId, { cookie: owner.client.cookie });
    await Promise.all([writer.synced(), nearPeer.synced(), farPeer.synced()]);
    const text = (c: { doc: Y.Doc }) => c.doc.getText('t').toString();

    for (let i = 0; i < 5; i++) writer.doc.getText('t').insert(writer.doc.getText('t').length, `w${i};`);
    await waitFor(() => text(nearPeer) === entries(0, 5), 'the peer on the same node sees the entries');
    // Peers on the other node see them at once too, before they are committed.
    await waitFor(() => text(farPeer) === entries(0, 5), 'the peer on the other node sees the entries');
    const seenFar = text(farPeer);
    // Inside the 1 s commit window: nothing of this is in the database yet.
    expect((await storedDocument(origin.env.DATABASE_URL!, owner.boardId)).getText('t').toString()).toBe('');
    await origin.kill();
    alive = survivor;

    // The writer's and the near peer's providers reconnect through the balancer, to the survivor.
    await waitFor(() => writer.provider.wsconnected && writer.provider.synced && nearPeer.provider.wsconnected, 'reconnected to the survivor');
    for (let i = 5; i < 10; i++) writer.doc.getText('t').insert(writer.doc.getText('t').length, `w${i};`);
    await waitFor(() => [writer, nearPeer, farPeer].every((c) => text(c) === entries(0, 10)), 'everyone has every entry').catch((e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify([writer, nearPeer, farPeer].map(text))}`);
    });

    await origin.restart();
    alive = origin;
    const stored = await waitFor(async () => {
      const doc = await storedDocument(origin.env.DATABASE_URL!, owner.boardId);
      return doc.getText('t').toString() === entries(0, 10) ? doc : null;
    }, 'every entry in the database').catch(async (e: Error) => {
      const doc = await storedDocument(origin.env.DATABASE_URL!, owner.boardId);
      throw new Error(`${e.message}; the database holds ${JSON.stringify(doc.getText('t').toString())}, far peer had seen ${JSON.stringify(seenFar)}`);
    });
    expect(stored!.store.pendingStructs).toBeNull();
    expect(stored!.store.pendingDs).toBeNull();
    // The survivor stored what the dead origin never confirmed, credited to the writer, and nothing twice.
    expect(await counter(survivor, 'coscript_sync_adopted_updates_total')).toBeGreaterThanOrEqual(5);
    expect(await logOf(origin.env.DATABASE_URL!, owner.boardId)).toEqual({ authors: [guest.userId], storedTwice: 0 });
    // A node that loads the room afresh serves all of it.
    const fresh = connect(origin, owner.boardId, { cookie: owner.client.cookie });
    await fresh.synced();
    expect(text(fresh)).toBe(entries(0, 10));
  }, 120_000);

  it('a gap in the log is refused (4503), counted, reported by `board check` and repaired from a node that holds the copy', async () => {
    const owner = await ownerWithBoard(survivor);
    const guest = await inviteGuest(survivor, owner.client, owner.boardId, 'editor', 'firm');
    const writer = connect(survivor, owner.boardId, { cookie: guest.client.cookie });
    await writer.synced();
    for (let i = 0; i < 10; i++) writer.doc.getText('t').insert(writer.doc.getText('t').length, `w${i};`);
    await waitFor(async () => (await storedDocument(survivor.env.DATABASE_URL!, owner.boardId)).getText('t').toString() === entries(0, 10), 'committed');
    // Lose one update from the middle of the log; the survivor still holds it in memory.
    const sql = postgres(survivor.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    await sql`delete from board_updates where board_id = ${owner.boardId} and room = 'content' and seq = (select max(seq) - 5 from board_updates where board_id = ${owner.boardId} and room = 'content')`;
    await sql.end();

    // A node loading the room from the log refuses it instead of serving half of it.
    const raw = rawSocket(origin, `/${owner.boardId}`, { cookie: owner.client.cookie });
    expect(await raw.closed).toEqual({ code: 4503, reason: expect.stringContaining('integrity') });
    const metricsText = await (await fetch(`${origin.url}/metrics`)).text();
    expect(metricsText).toMatch(/^coscript_sync_integrity_errors_total\{room="content"\} 1$/m);

    const report = await coscript(origin.env, ['board', 'check', '--board', owner.boardId]);
    expect(report.code).toBe(1);
    expect(report.stdout).toContain('INCOMPLETE');
    expect(report.stdout).toMatch(new RegExp(`missing client ${writer.doc.clientID} clocks \\d+\\.\\.\\d+ \\(author ${guest.userId}\\)`));

    const repair = await coscript(origin.env, ['board', 'check', '--board', owner.boardId, '--repair']);
    expect(repair.stdout).toContain(`repaired client ${writer.doc.clientID}`);
    expect(repair.code).toBe(0);
    const stored = await storedDocument(origin.env.DATABASE_URL!, owner.boardId);
    expect(stored.getText('t').toString()).toBe(entries(0, 10));
    const fresh = connect(origin, owner.boardId, { cookie: owner.client.cookie });
    await fresh.synced();
    expect(fresh.doc.getText('t').toString()).toBe(entries(0, 10));
  }, 120_000);
});

describe.skipIf(!canRun)('sync: an origin slower to commit than another node waits', async () => {
  const secret = 'sync-node-slow-origin-secret-0123456789';
  const origin = canRun ? await startTestServer({ env: { REDIS_URL: REDIS_URL!, NEXTAUTH_SECRET: secret, SYNC_COMMIT_DELAY_MS: '1000' } }) : undefined!;
  const eager = canRun
    ? await startTestServer({ env: { DATABASE_URL: origin.env.DATABASE_URL!, REDIS_URL: REDIS_URL!, NEXTAUTH_SECRET: secret, SYNC_ADOPT_AFTER_MS: '100' } })
    : undefined!;

  it('both store the updates, and the log holds each once', async () => {
    const owner = await ownerWithBoard(origin);
    const guest = await inviteGuest(origin, owner.client, owner.boardId, 'editor', 'firm');
    const writer = connect(origin, owner.boardId, { cookie: guest.client.cookie });
    const peer = connect(eager, owner.boardId, { cookie: owner.client.cookie });
    await Promise.all([writer.synced(), peer.synced()]);
    for (let i = 0; i < 5; i++) writer.doc.getText('t').insert(writer.doc.getText('t').length, `w${i};`);
    await waitFor(() => peer.doc.getText('t').toString() === entries(0, 5), 'the peer on the other node sees the entries');
    // The eager node stored them before the origin's commit, which then found them there.
    await waitFor(async () => (await counter(eager, 'coscript_sync_adopted_updates_total')) >= 5, 'the eager node stored them');
    await waitFor(async () => (await counter(origin, 'coscript_sync_updates_persisted_total')) >= 5, 'the origin committed');
    expect(await logOf(origin.env.DATABASE_URL!, owner.boardId)).toEqual({ authors: [guest.userId], storedTwice: 0 });
    expect((await storedDocument(origin.env.DATABASE_URL!, owner.boardId)).getText('t').toString()).toBe(entries(0, 5));
  }, 60_000);
});

/** Whom the log credits with the content written after the seed (seq 1), and how many updates it holds more than once. */
async function logOf(url: string, boardId: string): Promise<{ authors: string[]; storedTwice: number }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const authors = await sql<Array<{ author_id: string }>>`select distinct author_id from board_updates where board_id = ${boardId} and room = 'content' and seq > 1`;
    const [twice] = await sql<Array<{ n: number }>>`select count(*)::int as n from (select data from board_updates where board_id = ${boardId} and room = 'content' group by data having count(*) > 1) d`;
    return { authors: authors.map((r) => r.author_id), storedTwice: twice!.n };
  } finally {
    await sql.end();
  }
}

/** A counter's value on a server's /metrics (summed over labels). */
async function counter(server: { url: string }, name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** Runs `coscript …` as an operator would, with a server's environment. */
function coscript(env: Record<string, string>, args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/coscript.mjs'), ...args], { cwd: ROOT, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}
