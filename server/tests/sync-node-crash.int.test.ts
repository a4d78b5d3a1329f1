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
  const survivor = canRun
    ? await startTestServer({ env: { DATABASE_URL: origin.env.DATABASE_URL!, REDIS_URL: REDIS_URL!, NEXTAUTH_SECRET: secret } })
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
