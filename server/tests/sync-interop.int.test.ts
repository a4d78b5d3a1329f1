import * as encoding from 'lib0/encoding';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer } from './helpers/test-server';
import { connect, ownerWithBoard, rawSocket, waitFor } from './helpers/sync';

describe('sync: stock WebsocketProvider interop', async () => {
  const server = await startTestServer();

  it('seeds a new board and converges two clients', async () => {
    const owner = await ownerWithBoard(server);
    const a = connect(server, owner.boardId, { cookie: owner.client.cookie });
    const b = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await a.synced();
    await b.synced();
    // Seeded content: default lanes and one script.
    expect(a.doc.getMap('lanes').size).toBe(6);
    expect(a.doc.getMap('scripts').size).toBe(1);
    a.doc.getText('notes').insert(0, 'hello ');
    b.doc.getText('notes').insert(0, 'world');
    await waitFor(() => a.doc.getText('notes').length === 11 && b.doc.getText('notes').length === 11, 'convergence');
    expect(a.doc.getText('notes').toString()).toBe(b.doc.getText('notes').toString());
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });

  it('a client reconnecting after a server restart converges, edits made offline included', async () => {
    const owner = await ownerWithBoard(server);
    const a = connect(server, owner.boardId, { cookie: owner.client.cookie });
    const b = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await a.synced();
    await b.synced();
    a.doc.getText('t').insert(0, 'before ');
    await waitFor(() => b.doc.getText('t').toString() === 'before ', 'first edit');
    await server.restart();
    a.doc.getText('t').insert(7, 'offline-a ');
    await waitFor(() => a.provider.wsconnected && b.provider.wsconnected, 'reconnect');
    b.doc.getText('t').insert(0, 'b ');
    await waitFor(() => a.doc.getText('t').toString() === b.doc.getText('t').toString() && a.doc.getText('t').length === 19, 'convergence after restart');
    // A third client loading from storage sees everything.
    const c = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await c.synced();
    await waitFor(() => c.doc.getText('t').toString() === a.doc.getText('t').toString(), 'stored state');
  });

  // Holding the room's advisory lock from outside keeps the first load of a board waiting, which only
  // an external PostgreSQL allows (the embedded database belongs to the server alone).
  it.skipIf(!server.env.DATABASE_URL)('answers a SyncStep1 that arrives while the board is still loading', async () => {
    const owner = await ownerWithBoard(server);
    const sql = postgres(server.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await sql`select pg_advisory_lock(hashtext(${`${owner.boardId}/content`}))`;
      const socketsOpen = async () => Number(/^coscript_sync_sockets (\d+)$/m.exec(await (await fetch(`${server.url}/metrics`)).text())?.[1]);
      const before = await socketsOpen();
      const s = rawSocket(server, `/${owner.boardId}`, { cookie: owner.client.cookie });
      // Admitted (counted as open) while the load waits for the lock.
      await waitFor(async () => (await socketsOpen()) === before + 1, 'admission');
      const step1 = encoding.createEncoder();
      encoding.writeVarUint(step1, 0);
      encoding.writeVarUint(step1, 0);
      encoding.writeVarUint8Array(step1, Y.encodeStateVector(new Y.Doc()));
      s.ws.send(encoding.toUint8Array(step1));
      await new Promise((r) => setTimeout(r, 200)); // let the frame reach the server before the load can finish
      expect(s.messages).toHaveLength(0);
      await sql`select pg_advisory_unlock(hashtext(${`${owner.boardId}/content`}))`;
      // The answer: a SyncStep2 (message 0, sync type 1) holding the seeded board.
      await waitFor(() => s.messages.some((m) => m[0] === 0 && m[1] === 1), 'SyncStep2 answer');
    } finally {
      await sql.end();
    }
  });
});
