import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { t } from '../../lib/server/db';
import { useEmbeddedDatabase } from '../../lib/server/db/testing';
import { loadRoom, readLog } from '../../lib/server/sync/room-storage';
import { parseConfig } from '../../lib/server/config';
import { ControlRooms } from './control-rooms';
import { defaultSyncHooks } from './hooks';
import { RoomRegistry } from './room-registry';
import { SERVER_ORIGIN } from './room';

const database = useEmbeddedDatabase();

const registryOf = (checkpointEvery: number, commitDelayMs = 2) =>
  new RoomRegistry({ db: database.db, checkpointEvery, commitDelayMs, hooks: (log) => defaultSyncHooks({ config: parseConfig({}), db: database.db, publicUrl: () => 'http://coscript.test', log }) });

async function newBoard(): Promise<string> {
  const [ws] = await database.db.insert(t.workspaces).values({ name: 'W' }).returning();
  const [board] = await database.db.insert(t.boards).values({ workspaceId: ws!.id, name: 'B' }).returning();
  return board!.id;
}

describe('RoomRegistry storage (PGlite)', () => {
  it('seeds a new board as seq 1, group-commits updates with contiguous seqs, checkpoints, and loads them back', async () => {
    const registry = registryOf(50);
    const boardId = await newBoard();
    const room = await registry.get(boardId, 'content');
    expect(room.doc.getMap('lanes').size).toBe(6);
    for (let i = 0; i < 120; i++) room.doc.transact(() => room.doc.getText('t').insert(0, 'x'), SERVER_ORIGIN);
    await registry.flush();
    const rows = await readLog(database.db, boardId, 'content', 0);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 121 }, (_, i) => i + 1));
    const checkpoints = await database.db.select().from(t.boardCheckpoints);
    expect(checkpoints.some((c) => c.boardId === boardId)).toBe(true);
    const loaded = await loadRoom(database.db, boardId, 'content');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, loaded.state);
    expect(copy.getText('t').length).toBe(120);
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(room.doc));
    expect(loaded.seq).toBe(121);
  });

  it('keeps each update\'s author, size and time, and seqs per room, when one commit holds several rooms and claims', async () => {
    const registry = registryOf(500, 50);
    const [a, b] = [await newBoard(), await newBoard()];
    const [ra, rb] = [await registry.get(a, 'content'), await registry.get(b, 'content')];
    const [user] = await database.db.insert(t.users).values({ kind: 'staff', name: 'U', email: `u-${a}@example.test` }).returning();
    registry.log.appendClaim({ boardId: a, clientId: 4242, userId: user!.id });
    const before = Date.now();
    ra.doc.transact(() => ra.doc.getText('t').insert(0, 'aa'), SERVER_ORIGIN);
    rb.doc.transact(() => rb.doc.getText('t').insert(0, 'b'), SERVER_ORIGIN);
    ra.doc.transact(() => ra.doc.getText('t').insert(0, 'a'), SERVER_ORIGIN);
    await registry.flush();
    const rows = await database.db.select().from(t.boardUpdates);
    const of = (boardId: string) => rows.filter((r) => r.boardId === boardId).sort((x, y) => x.seq - y.seq);
    expect(of(a).map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(of(b).map((r) => r.seq)).toEqual([1, 2]);
    for (const r of [...of(a).slice(1), ...of(b).slice(1)]) {
      expect(r.authorId).toBeNull();
      expect(r.size).toBe(r.data.byteLength);
      expect(r.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1);
    }
    const claims = await database.db.select().from(t.yjsClients);
    expect(claims).toContainEqual(expect.objectContaining({ boardId: a, clientId: 4242, userId: user!.id }));
  });

  it('writes the control room only through the server API, as plain JSON, durably', async () => {
    const registry = registryOf(500);
    const control = new ControlRooms(registry);
    const boardId = await newBoard();
    await control.set(boardId, 'phase', { name: 'Diverge', endsAt: 123 });
    expect(await control.get(boardId)).toEqual({ phase: { name: 'Diverge', endsAt: 123 } });
    await registry.flush();
    const [row] = await readLog(database.db, boardId, 'control', 0);
    expect(row?.seq).toBe(1);
    const again = new ControlRooms(registryOf(500));
    expect(await again.get(boardId)).toEqual({ phase: { name: 'Diverge', endsAt: 123 } });
  });

  it('checkpoints a room when it unloads, so the next load reads no log', async () => {
    const registry = registryOf(50);
    const boardId = await newBoard();
    const room = await registry.get(boardId, 'content');
    const type = (n: number) => {
      for (let i = 0; i < n; i++) room.doc.transact(() => room.doc.getText('t').insert(0, 'x'), SERVER_ORIGIN);
    };
    type(60);
    await registry.flush(); // one checkpoint (60 ≥ 50)…
    type(10);
    await registry.flush(); // …and 10 updates logged after it
    expect((await loadRoom(database.db, boardId, 'content')).sinceCheckpoint).toBe(10);
    registry.scheduleUnload(room);
    await new Promise<void>((resolve) => {
      const poll = () => (registry.rooms.has(room.name) ? setTimeout(poll, 5) : resolve());
      poll();
    });
    await registry.flush();
    const loaded = await loadRoom(database.db, boardId, 'content');
    expect(loaded).toMatchObject({ seq: 71, sinceCheckpoint: 0 });
  });
});
