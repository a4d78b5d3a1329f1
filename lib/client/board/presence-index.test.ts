import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { PresenceIndex } from './presence-index';

function remote(doc: Y.Doc, clientId: number) {
  const other = new Y.Doc();
  other.clientID = clientId;
  return new Awareness(other);
}

describe('PresenceIndex', () => {
  it('tells a field only about changes of the carets in it', () => {
    const local = new Awareness(new Y.Doc());
    const index = new PresenceIndex(local);
    const inA = vi.fn();
    const inB = vi.fn();
    index.subscribe('a', inA);
    index.subscribe('b', inB);

    const peer = remote(local.doc, 77);
    const set = (key: string, at: number) => {
      peer.setLocalState({ user: { id: 'u1', side: 'customer' }, cursor: { key, anchor: at, head: at } });
      // What the provider does with a remote awareness update.
      local.states.set(77, peer.getLocalState()!);
      local.emit('change', [{ added: [], updated: [77], removed: [] }, 'remote']);
    };

    set('a', 1);
    expect(inA).toHaveBeenCalledTimes(1);
    expect(inA.mock.lastCall?.[0][0].user.id).toBe('u1');
    expect(inB).not.toHaveBeenCalled();
    set('a', 2);
    expect(inA).toHaveBeenCalledTimes(2);
    set('b', 0);
    expect(inA.mock.lastCall?.[0]).toEqual([]);
    expect(inB).toHaveBeenCalledTimes(1);
    expect(index.peersIn('b')).toHaveLength(1);
  });
});
