import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startBalancer } from './helpers/balancer';
import { storedDocument } from './helpers/stored-log';
import { requireRedisUrl } from './helpers/test-database';
import { startTestServer } from './helpers/test-server';
import { connect, inviteGuest, ownerWithBoard, waitFor } from './helpers/sync';

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
});
