import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { t } from '../db';
import { useEmbeddedDatabase } from '../db/testing';
import { checkBoard } from './check-board';
import { loadRoom } from './room-storage';

const database = useEmbeddedDatabase();

/** A board whose log lost the middle one of three updates of one client; returns that client's full state too. */
async function boardWithGap() {
  const [ws] = await database.db.insert(t.workspaces).values({ name: 'W' }).returning();
  const [board] = await database.db.insert(t.boards).values({ workspaceId: ws!.id, name: 'B' }).returning();
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (const word of ['one;', 'two;', 'three;']) doc.getText('t').insert(doc.getText('t').length, word);
  const row = (seq: number, data: Uint8Array) => ({ boardId: board!.id, room: 'content' as const, seq, authorId: null, sessionId: null, size: data.byteLength, data: Buffer.from(data) });
  await database.db.insert(t.boardUpdates).values([row(1, updates[0]!), row(2, updates[2]!)]);
  return { boardId: board!.id, client: doc.clientID, full: Y.encodeStateAsUpdate(doc) };
}

describe('checkBoard (PGlite)', () => {
  it('reports the gap, and a copy that covers it writes it back', async () => {
    const { boardId, client, full } = await boardWithGap();
    const report = await checkBoard({ db: database.db, boardId });
    expect(report.complete).toBe(false);
    expect(report.rooms[0]).toMatchObject({ room: 'content', missing: [{ client, from: 4, to: 8, authorId: null }], heldBack: [{ client, from: 8, to: 14 }] });

    const stale = async () => [{ source: 'stale copy', room: 'content' as const, state: Y.encodeStateAsUpdate(new Y.Doc()) }];
    expect((await checkBoard({ db: database.db, boardId, copies: stale })).complete).toBe(false);

    const repaired = await checkBoard({ db: database.db, boardId, copies: async () => [{ source: 'client copy', room: 'content', state: full }] });
    expect(repaired.complete).toBe(true);
    expect(repaired.rooms[0]!.repaired).toEqual([{ client, from: 4, source: 'client copy', seq: 3 }]);
    const loaded = await loadRoom(database.db, boardId, 'content');
    expect(loaded.integrity).toBeNull();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, loaded.state);
    expect(doc.getText('t').toString()).toBe('one;two;three;');
  });
});
