import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inspectIntegrity } from './doc-integrity';

/** Three updates of one client, each appending to the same text. */
function threeUpdates() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (const word of ['one;', 'two;', 'three;']) doc.getText('t').insert(doc.getText('t').length, word);
  return { client: doc.clientID, updates };
}

describe('inspectIntegrity', () => {
  it('finds nothing in a complete log', () => {
    const { updates } = threeUpdates();
    const doc = new Y.Doc();
    for (const u of updates) Y.applyUpdate(doc, u);
    expect(inspectIntegrity(doc)).toBeNull();
  });

  it('reports the missing clock range and what it holds back', () => {
    const { client, updates } = threeUpdates();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, updates[0]!);
    Y.applyUpdate(doc, updates[2]!);
    expect(doc.getText('t').toString()).toBe('one;');
    expect(inspectIntegrity(doc)).toEqual({
      missing: [{ client, from: 4, to: 8 }],
      heldBack: [{ client, from: 8, to: 14 }],
      pendingDeletes: [],
    });
  });

  it('reports deletions of content the document lacks', () => {
    const source = new Y.Doc();
    source.getText('t').insert(0, 'abc');
    const before = Y.encodeStateVector(source);
    source.getText('t').delete(0, 1);
    const deletion = Y.diffUpdate(Y.encodeStateAsUpdate(source), before);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, deletion);
    const report = inspectIntegrity(doc)!;
    expect(report.pendingDeletes).toEqual([{ client: source.clientID, clock: 0, len: 1 }]);
    expect(report.missing).toEqual([{ client: source.clientID, from: 0, to: 1 }]);
  });
});
