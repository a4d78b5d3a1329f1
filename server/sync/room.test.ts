import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Room, SERVER_ORIGIN } from './room';

const hooks = { afterUpdate: () => {}, afterAwareness: () => {} };

/** The document a SyncStep2 answer would give a client that had nothing. */
function docFrom(answer: Uint8Array): Y.Doc {
  const d = decoding.createDecoder(answer);
  expect([decoding.readVarUint(d), decoding.readVarUint(d)]).toEqual([0, 1]);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoding.readVarUint8Array(d));
  return doc;
}

describe('Room.answerStep1', () => {
  it('encodes the full state once for every newcomer, and again after a change', () => {
    const room = new Room('b', 'content', new Map(), hooks);
    room.doc.transact(() => room.doc.getText('t').insert(0, 'first'), SERVER_ORIGIN);
    const empty = Y.encodeStateVector(new Y.Doc());
    const a = room.answerStep1(empty);
    expect(room.answerStep1(empty)).toBe(a);
    expect(docFrom(a).getText('t').toString()).toBe('first');

    room.doc.transact(() => room.doc.getText('t').insert(5, ' and second'), SERVER_ORIGIN);
    const b = room.answerStep1(empty);
    expect(b).not.toBe(a);
    expect(docFrom(b).getText('t').toString()).toBe('first and second');
  });

  it('answers a client that has part of the document with only the rest', () => {
    const room = new Room('b', 'content', new Map(), hooks);
    room.doc.transact(() => room.doc.getText('t').insert(0, 'shared'), SERVER_ORIGIN);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc));
    room.doc.transact(() => room.doc.getText('t').insert(6, ' news'), SERVER_ORIGIN);
    const d = decoding.createDecoder(room.answerStep1(Y.encodeStateVector(client)));
    decoding.readVarUint(d);
    decoding.readVarUint(d);
    Y.applyUpdate(client, decoding.readVarUint8Array(d));
    expect(client.getText('t').toString()).toBe('shared news');
  });
});

describe('Room update broadcast', () => {
  /** A member that records the updates it is sent. */
  function member(userId: string) {
    const received: Uint8Array[] = [];
    return {
      userId,
      received,
      send(message: Uint8Array) {
        const d = decoding.createDecoder(message);
        expect([decoding.readVarUint(d), decoding.readVarUint(d)]).toEqual([0, 2]);
        received.push(decoding.readVarUint8Array(d));
      },
    };
  }
  const nextTurn = () => new Promise((r) => setImmediate(r));
  const edit = (text: string) => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, text);
    return Y.encodeStateAsUpdate(doc);
  };

  it('sends the updates of one loop turn to each peer as one message', async () => {
    const room = new Room('b', 'content', new Map(), hooks);
    const [a, b, watcher] = [member('a'), member('b'), member('w')];
    [a, b, watcher].forEach((m) => room.members.add(m));
    Y.applyUpdate(room.doc, edit('from a '), a);
    Y.applyUpdate(room.doc, edit('from b '), b);
    expect(watcher.received).toHaveLength(0);
    await nextTurn();
    expect(watcher.received).toHaveLength(1);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, watcher.received[0]!);
    expect(replica.getText('t').toString()).toBe(room.doc.getText('t').toString());
    // Each sender needs the other's change; their own travels along and is skipped by Yjs.
    expect(a.received).toHaveLength(1);
    expect(b.received).toHaveLength(1);
  });

  it('merges a backlog of thousands of updates from one turn into one message that converges', async () => {
    const room = new Room('b', 'content', new Map(), hooks);
    const [writer, watcher] = [member('a'), member('w')];
    [writer, watcher].forEach((m) => room.members.add(m));
    const source = new Y.Doc();
    source.on('update', (u: Uint8Array) => Y.applyUpdate(room.doc, u, writer));
    for (let i = 0; i < 2000; i++) source.getText('t').insert(i, String(i % 10));
    source.getMap('m').set('done', true);
    await nextTurn();
    expect(watcher.received).toHaveLength(1);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, watcher.received[0]!);
    expect(replica.getText('t').toString()).toBe(source.getText('t').toString());
    expect(replica.getMap('m').get('done')).toBe(true);
  });

  it('does not echo a lone sender its own update, and sends again on the next turn', async () => {
    const room = new Room('b', 'content', new Map(), hooks);
    const [a, watcher] = [member('a'), member('w')];
    [a, watcher].forEach((m) => room.members.add(m));
    Y.applyUpdate(room.doc, edit('one'), a);
    await nextTurn();
    Y.applyUpdate(room.doc, edit('two'), a);
    // The next broadcast may wait as long as the last one took (a loaded machine): wait for it, not for one turn.
    while (watcher.received.length < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(a.received).toHaveLength(0);
    expect(watcher.received).toHaveLength(2);
  });
});
