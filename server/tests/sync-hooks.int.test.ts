import { and, asc, eq, gt } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/server/db';
import type { Credit } from '../../lib/server/sync/credit';
import { startInProcessSync } from './helpers/in-process-sync';
import { connect, waitFor } from './helpers/sync';

// The sync core takes one object of named hooks: wrapping one (here `storeUpdates`) needs no subclass,
// and shows that an update passes through the core once, from socket to log.
describe('sync: the hooks are one object a feature can wrap', async () => {
  const seen: Array<{ room: string; update: Uint8Array; credit: Credit | null }> = [];
  const { db, sync, server, person, boardOf, join } = await startInProcessSync({
    hooks: (defaults) => ({
      ...defaults,
      storeUpdates: (room, update, credit) => {
        seen.push({ room: room.name, update, credit });
        defaults.storeUpdates(room, update, credit);
      },
    }),
  });
  const owner = await person('Owner');
  const observer = await person('Observer');
  const boardId = await boardOf(owner.userId);
  await join(boardId, observer.userId, 'observer', 'customer');

  it('sees each accepted update once with its credit, and never a refused one', async () => {
    const writer = connect(server, boardId, { token: owner.token });
    const watcher = connect(server, boardId, { token: observer.token });
    await Promise.all([writer.synced(), watcher.synced()]);
    const closes: number[] = [];
    watcher.provider.on('connection-close', (event: CloseEvent | null) => closes.push(event?.code ?? 0));

    for (const word of ['one', 'two', 'three']) writer.doc.getText('notes').insert(0, word);
    watcher.doc.getText('notes').insert(0, 'refused');
    await waitFor(() => closes.includes(4403), 'the observer refused');
    await waitFor(() => seen.filter((s) => s.room === `${boardId}/content`).length === 3, 'three updates stored');

    const content = seen.filter((s) => s.room === `${boardId}/content`);
    expect(content.map((s) => s.credit)).toEqual([{ authorId: owner.userId }, { authorId: owner.userId }, { authorId: owner.userId }]);
    await sync.registry.flush();
    // The log holds exactly what the hook saw, in order (seq 1 is the seed, stored when the board loaded).
    const rows = await db
      .select()
      .from(t.boardUpdates)
      .where(and(eq(t.boardUpdates.boardId, boardId), eq(t.boardUpdates.room, 'content'), gt(t.boardUpdates.seq, 1)))
      .orderBy(asc(t.boardUpdates.seq));
    expect(rows.map((r) => Buffer.from(r.data).toString('base64'))).toEqual(content.map((s) => Buffer.from(s.update).toString('base64')));
    expect(rows.every((r) => r.authorId === owner.userId)).toBe(true);
    const room = await sync.registry.get(boardId, 'content');
    expect(room.doc.getText('notes').toString()).toBe('threetwoone');
  });
});
