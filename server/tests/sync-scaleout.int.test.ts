import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { requireRedisUrl } from './helpers/test-database';
import { startTestServer } from './helpers/test-server';
import { connect, ownerWithBoard, waitFor } from './helpers/sync';

// Several processes share one database, so this suite belongs to the PostgreSQL pass (TEST_DATABASE_URL):
// there Redis is required (requireRedisUrl fails in CI without it); the embedded-database pass skips it.
const onPostgres = !!process.env.TEST_DATABASE_URL;
const REDIS_URL = onPostgres ? requireRedisUrl() : process.env.TEST_REDIS_URL;
const canRun = onPostgres && !!REDIS_URL;
if (!canRun) console.warn('sync-scaleout: skipped, it needs TEST_DATABASE_URL (PostgreSQL) and TEST_REDIS_URL');

// With Redis the limits are shared by every process and every run within their window: sign-ups from
// this one address are not what these tests are about.
const SHARED_LIMITS = { SIGNUP_LIMIT_PER_HOUR: '100000' };

describe.skipIf(!canRun)('sync: two processes on one PostgreSQL and Redis', async () => {
  const secret = 'sync-scaleout-shared-secret-0123456789';
  // A skipped suite is still collected: start its servers (whose cleanup only runs with the suite) only when it runs.
  const first = canRun ? await startTestServer({ env: { REDIS_URL: REDIS_URL!, NEXTAUTH_SECRET: secret, ...SHARED_LIMITS } }) : undefined!;
  const second = canRun
    ? await startTestServer({ env: { DATABASE_URL: first.env.DATABASE_URL!, REDIS_URL: REDIS_URL!, NEXTAUTH_SECRET: secret, ...SHARED_LIMITS } })
    : undefined!;

  it('clients on different processes converge and see each other', async () => {
    const owner = await ownerWithBoard(first);
    const a = connect(first, owner.boardId, { cookie: owner.client.cookie });
    const b = connect(second, owner.boardId, { cookie: owner.client.cookie });
    await a.synced();
    await b.synced();
    a.doc.getText('t').insert(0, 'from first ');
    b.doc.getText('t').insert(0, 'from second ');
    await waitFor(() => a.doc.getText('t').length === 23 && a.doc.getText('t').toString() === b.doc.getText('t').toString(), 'cross-node convergence');
    a.provider.awareness.setLocalStateField('cursor', { at: 3 });
    await waitFor(() => (b.provider.awareness.getStates().get(a.doc.clientID) as any)?.cursor?.at === 3, 'awareness across nodes');
    expect((b.provider.awareness.getStates().get(a.doc.clientID) as any).user.id).toBe(owner.userId);
  });

  it('loses nothing when the Redis connections drop and one process restarts', async () => {
    const owner = await ownerWithBoard(first);
    const a = connect(first, owner.boardId, { cookie: owner.client.cookie });
    const b = connect(second, owner.boardId, { cookie: owner.client.cookie });
    await a.synced();
    await b.synced();
    // Drop every sync connection to Redis (both processes reconnect by themselves).
    const admin = new Redis(REDIS_URL!);
    const list = (await admin.client('LIST')) as string;
    for (const line of list.split('\n')) {
      const id = /id=(\d+)/.exec(line)?.[1];
      if (id && /name=coscript-sync-/.test(line)) await admin.client('KILL', 'ID', id).catch(() => {});
    }
    await admin.quit();
    for (let i = 0; i < 20; i++) a.doc.getText('gap').insert(a.doc.getText('gap').length, `${i};`);
    await waitFor(() => b.doc.getText('gap').length === a.doc.getText('gap').length, 'caught up after the Redis drop');
    await second.restart();
    for (let i = 20; i < 30; i++) a.doc.getText('gap').insert(a.doc.getText('gap').length, `${i};`);
    await waitFor(() => b.provider.wsconnected, 'reconnected to the restarted process');
    b.doc.getText('gap').insert(0, 'b;');
    await waitFor(() => a.doc.getText('gap').toString() === b.doc.getText('gap').toString() && b.doc.getText('gap').toString().includes('29;') && a.doc.getText('gap').toString().startsWith('b;'), 'convergence after restart');
  }, 120_000);
});
