import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer } from './helpers/test-server';
import { connect, ownerWithBoard, waitFor } from './helpers/sync';

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
});
