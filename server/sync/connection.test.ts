import type { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { testAdmission } from '../tests/helpers/admission';
import { syncFrame } from '../tests/helpers/crafted-updates';
import { Connection, type ConnectionCore } from './connection';
import { metrics } from './metrics';
import { Room } from './room';

const socket = () => ({ readyState: 1, OPEN: 1, bufferedAmount: 0, send() {}, close() {}, terminate() {} }) as unknown as WebSocket;
const admission = testAdmission({ userId: 'u', boardId: 'b', role: 'owner', side: 'firm' });

describe('Connection', () => {
  it('drops and reports whatever an accepted update leaves pending (a bug in authorizeUpdate must not land later under another name)', async () => {
    const room = new Room('b', 'content', new Map(), { afterUpdate: () => {}, afterAwareness: () => {} });
    // A hook that lets everything through, as a broken authorizeUpdate would.
    const core: ConnectionCore = { hooks: { authorizeUpdate: async ({ update }) => update }, onClose: () => {} };
    const conn = new Connection(socket(), admission, { messagesPerSecond: 100, bytesPerSecond: 1e6, maxMessageBytes: 1e6 }, core);
    conn.room = room;
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'first');
    const first = Y.encodeStateAsUpdate(doc);
    const before = Y.encodeStateVector(doc);
    doc.getText('t').insert(5, ' second');
    const reported = (await metrics.pendingAfterApply.get()).values[0]?.value ?? 0;
    await conn.receive(syncFrame(2, Y.encodeStateAsUpdate(doc, before)));
    expect(room.doc.store.pendingStructs).toBeNull();
    expect((await metrics.pendingAfterApply.get()).values[0]?.value).toBe(reported + 1);
    // The dropped part does not appear when what it waited for arrives.
    await conn.receive(syncFrame(2, first));
    expect(room.doc.getText('t').toString()).toBe('first');
  });
});
