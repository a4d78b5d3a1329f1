import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/server/db';
import { openDatabase, type OpenedDatabase } from '../../lib/server/db/open';
import { readLog } from '../../lib/server/sync/room-storage';
import { UpdateLog } from '../../lib/server/sync/update-log';
import { createTestDatabase } from './helpers/test-database';

// Two processes can only race on a shared PostgreSQL (the embedded database belongs to one process).
describe.skipIf(!process.env.TEST_DATABASE_URL)('update log: two processes appending to one board on PostgreSQL', async () => {
  const database = await createTestDatabase();
  const opened: OpenedDatabase[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((d) => d.close()));
    await database.drop();
  });

  it('gives every update exactly one seq, with no gaps, retrying seqs the other process took first', async () => {
    for (let i = 0; i < 2; i++) opened.push(await openDatabase({ databaseUrl: database.url, dataDir: '' }));
    const [ws] = await opened[0]!.db.insert(t.workspaces).values({ name: 'W' }).returning();
    const [board] = await opened[0]!.db.insert(t.boards).values({ workspaceId: ws!.id, name: 'B' }).returning();
    const errors: unknown[] = [];
    let clashes = 0;
    const logs = opened.map((d) => new UpdateLog({ db: d.db, maxDelayMs: 0, onError: (e) => errors.push(e), onSeqClash: () => clashes++ }));
    const rounds = 300;
    for (let i = 0; i < rounds; i++) {
      logs.forEach((log, process) =>
        log.append({ boardId: board!.id, room: 'content', authorId: null, sessionId: null, data: new Uint8Array([process, i >> 8, i & 255]), receivedAt: Date.now() }),
      );
      // Let both processes' commits run while more updates arrive.
      await new Promise((resolve) => setTimeout(resolve, i % 3));
    }
    await Promise.all(logs.map((log) => log.flush()));

    const rows = await readLog(opened[1]!.db, board!.id, 'content', 0);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 2 * rounds }, (_, i) => i + 1));
    const stored = rows.map((r) => Array.from(r.data).join('.')).sort();
    const sent = [0, 1].flatMap((process) => Array.from({ length: rounds }, (_, i) => [process, i >> 8, i & 255].join('.'))).sort();
    expect(stored).toEqual(sent);
    // The race did happen, and each clash was retried at once instead of failing a commit.
    expect(clashes).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
