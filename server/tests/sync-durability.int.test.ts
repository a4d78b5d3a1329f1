import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer } from './helpers/test-server';
import { connect, inviteGuest, ownerWithBoard, waitFor } from './helpers/sync';
import { storedDocument } from './helpers/stored-log';

const CLIENTS = 20;
const EDITS = 25;

/** The board's content as the database holds it: newest checkpoint + log after it. */
async function databaseState(url: string | undefined, boardId: string): Promise<Y.Doc | null> {
  return url ? storedDocument(url, boardId) : null;
}

const expected = (i: number, upTo = EDITS) => Array.from({ length: upTo }, (_, n) => `c${i}e${n};`).join('');

describe('sync: durability across crashes', async () => {
  const server = await startTestServer();

  async function editors(boardId: string, cookies: string[]) {
    const clients = Array.from({ length: CLIENTS }, (_, i) => connect(server, boardId, { cookie: cookies[i % cookies.length]! }));
    await Promise.all(clients.map((c) => c.synced()));
    return clients;
  }

  /** Every client appends its edits to its own text, a few ms apart, concurrently. */
  async function edit(clients: ReturnType<typeof connect>[], from: number, to: number) {
    for (let n = from; n < to; n++) {
      clients.forEach((c, i) => c.doc.getText(`c${i}`).insert(c.doc.getText(`c${i}`).length, `c${i}e${n};`));
      await new Promise((r) => setImmediate(r));
    }
  }

  it('kill -9 mid-edit: after restart every edit is on every client and in the database', async () => {
    const owner = await ownerWithBoard(server);
    const guests = await Promise.all([1, 2, 3].map(() => inviteGuest(server, owner.client, owner.boardId, 'editor', 'firm')));
    const clients = await editors(owner.boardId, [owner.client.cookie, ...guests.map((g) => g.client.cookie)]);
    await edit(clients, 0, 10);
    await server.kill();
    await edit(clients, 10, 20);
    await server.restart();
    await edit(clients, 20, EDITS);
    const complete = (doc: Y.Doc) => clients.every((_, i) => doc.getText(`c${i}`).toString() === expected(i));
    await waitFor(() => clients.every((c) => complete(c.doc)), 'every edit on every client', 60_000);
    const vector = Y.encodeStateVector(clients[0]!.doc);
    for (const c of clients) expect(Y.encodeStateVector(c.doc)).toEqual(vector);
    if (server.env.DATABASE_URL) {
      const stored = await waitFor(async () => {
        const doc = await databaseState(server.env.DATABASE_URL, owner.boardId);
        return doc && complete(doc) ? doc : null;
      }, 'every edit in the database');
      expect(Y.encodeStateVector(stored!)).toEqual(vector);
    }
    for (const c of clients) c.provider.destroy();
  }, 120_000);

  it('clients gone before the restart: everything committed before the kill survives', async () => {
    const owner = await ownerWithBoard(server);
    const clients = await editors(owner.boardId, [owner.client.cookie]);
    await edit(clients, 0, EDITS);
    const watcher = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await watcher.synced();
    // The server has received every edit once another client sees them…
    await waitFor(() => clients.every((_, i) => watcher.doc.getText(`c${i}`).toString() === expected(i)), 'server received all');
    // …and has committed them once its group-commit queue is empty.
    await waitFor(async () => {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      return /^coscript_sync_persist_queue 0$/m.test(text);
    }, 'group commit');
    for (const c of [...clients, watcher]) c.provider.destroy();
    await server.kill();
    await server.restart();
    const fresh = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await fresh.synced();
    for (let i = 0; i < CLIENTS; i++) expect(fresh.doc.getText(`c${i}`).toString()).toBe(expected(i));
  });
});



describe('sync: a crash between broadcasting and committing', async () => {
  // A long group-commit delay holds the window between an update reaching peers and its commit open for the test.
  const server = await startTestServer({ env: { SYNC_COMMIT_DELAY_MS: '1000' } });

  it("a peer replaying someone's first edit after the crash is not credited with it, and its author keeps writing", async () => {
    const owner = await ownerWithBoard(server);
    const guest = await inviteGuest(server, owner.client, owner.boardId, 'editor', 'firm');
    const peer = connect(server, owner.boardId, { cookie: owner.client.cookie });
    const author = connect(server, owner.boardId, { cookie: guest.client.cookie });
    await Promise.all([peer.synced(), author.synced()]);
    author.doc.getText('t').insert(0, 'first;');
    await waitFor(() => peer.doc.getText('t').toString() === 'first;', 'the peer sees the first edit');
    // The edit itself is not committed yet (1 s delay); the crash loses it on the server.
    await server.kill();
    author.provider.disconnect();
    await server.restart();
    // The peer reconnects first and replays the author's edit in its handshake.
    await waitFor(() => peer.provider.synced && peer.provider.wsconnected, 'peer reconnected');
    author.provider.connect();
    await author.synced();
    author.doc.getText('t').insert(6, 'second;');
    await waitFor(() => peer.doc.getText('t').toString() === 'first;second;', "the author's next edit reaches the peer");
    expect(author.provider.wsconnected).toBe(true);
    if (server.env.DATABASE_URL) {
      const sql = postgres(server.env.DATABASE_URL, { max: 1, onnotice: () => {} });
      try {
        const [row] = await sql`select user_id from yjs_clients where board_id = ${owner.boardId} and client_id = ${author.doc.clientID}`;
        expect(row?.user_id).toBe(guest.userId);
      } finally {
        await sql.end();
      }
    }
  });
});
