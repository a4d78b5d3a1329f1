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
