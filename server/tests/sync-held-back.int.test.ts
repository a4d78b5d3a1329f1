import * as decoding from 'lib0/decoding';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { WebSocket } from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { t } from '../../lib/server/db';
import { getRuntime } from '../../lib/server/runtime';
import { Connection } from '../sync/connection';
import { SyncServer } from '../sync/sync-server';
import { syncFrame } from './helpers/crafted-updates';
import { startInProcessRuntime } from './helpers/in-process-runtime';
import { testAdmission } from './helpers/admission';

/** A socket stand-in that keeps what the server sends. */
function recordingSocket(sent: Uint8Array[]): WebSocket {
  const ws = { readyState: 1, OPEN: 1, bufferedAmount: 0, send: (m: Uint8Array) => sent.push(m), close() { ws.readyState = 3; }, terminate() { ws.readyState = 3; } };
  return ws as unknown as WebSocket;
}

/** The state vector of the newest SyncStep1 the server sent, if any. */
function lastStep1(sent: Uint8Array[]): Uint8Array | null {
  for (const m of [...sent].reverse()) {
    const d = decoding.createDecoder(m);
    if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === 0) return decoding.readVarUint8Array(d);
  }
  return null;
}

// After a crash a client's handshake may carry its own edits on top of someone else's the server lost.
// Those edits wait (nothing pending in the document), and come back under their author's name once
// the owner of the lost part has re-sent it.
describe('sync: a handshake held back until the room has what it builds on', async () => {
  const db = await startInProcessRuntime();
  const server = new SyncServer({ config: getRuntime().config, db, publicUrl: () => 'http://coscript.test' });
  afterAll(() => server.close());

  it('asks the replaying client again once the lost part is back, and credits each part to its author', async () => {
    const [workspace] = await db.insert(t.workspaces).values({ name: 'W' }).returning();
    const [board] = await db.insert(t.boards).values({ workspaceId: workspace!.id, name: 'B' }).returning();
    const room = await server.registry.get(board!.id, 'content');
    const open = (userId: string, sent: Uint8Array[]) => {
      const conn = new Connection(
        recordingSocket(sent),
        testAdmission({ userId, boardId: board!.id, role: 'editor', side: 'firm' }),
        { messagesPerSecond: 1e6, bytesPerSecond: 1e9, maxMessageBytes: 1 << 24 },
        server,
      );
      conn.room = room;
      room.members.add(conn);
      return conn;
    };
    // The author's first edit was claimed (stored before it reached anyone), then lost in a crash.
    const author = new Y.Doc();
    author.getText('notes').insert(0, 'lost');
    room.owners.set(author.clientID, 'author');
    const replayer = new Y.Doc();
    Y.applyUpdate(replayer, Y.encodeStateAsUpdate(author));
    replayer.getText('notes').insert(4, ' and mine');

    const replayerSent: Uint8Array[] = [];
    const r = open('replayer', replayerSent);
    await r.receive(syncFrame(1, Y.encodeStateAsUpdate(replayer, Y.encodeStateVector(room.doc))));
    expect(r.isClosed).toBe(false);
    expect(r.behind).toBe(true);
    expect(room.doc.getText('notes').toString()).toBe('');
    expect(room.doc.store.pendingStructs).toBeNull();
    // Meanwhile its live edits on top of the held-back part are dropped, not refused.
    const before = Y.encodeStateVector(replayer);
    replayer.getText('notes').insert(13, '!');
    await r.receive(syncFrame(2, Y.encodeStateAsUpdate(replayer, before)));
    expect(r.isClosed).toBe(false);
    const asked = replayerSent.length;

    const a = open('author', []);
    await a.receive(syncFrame(1, Y.encodeStateAsUpdate(author, Y.encodeStateVector(room.doc))));
    expect(room.doc.getText('notes').toString()).toBe('lost');
    const sv = lastStep1(replayerSent.slice(asked));
    expect(sv).not.toBeNull();
    expect(r.behind).toBe(false);
    // A stock client answers any SyncStep1 with a SyncStep2.
    await r.receive(syncFrame(1, Y.encodeStateAsUpdate(replayer, sv!)));
    expect(room.doc.getText('notes').toString()).toBe('lost and mine!');
    expect(room.doc.store.pendingStructs).toBeNull();

    await server.registry.flush();
    const rows = await db
      .select({ authorId: t.boardUpdates.authorId })
      .from(t.boardUpdates)
      .where(and(eq(t.boardUpdates.boardId, board!.id), eq(t.boardUpdates.room, 'content'), gt(t.boardUpdates.seq, 1)))
      .orderBy(asc(t.boardUpdates.seq));
    expect(rows.map((row) => row.authorId)).toEqual(['author', 'replayer']);
    const stored = await db.select().from(t.yjsClients).where(eq(t.yjsClients.boardId, board!.id));
    expect(stored.find((c) => c.clientId === replayer.clientID)?.userId).toBe('replayer');
  });
});
