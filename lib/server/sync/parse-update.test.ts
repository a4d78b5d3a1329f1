import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import fc from 'fast-check';
import { parseUpdate } from './parse-update';
import { MalformedInput } from './safe-decoder';
import { HOSTILE_UPDATES } from './hostile-updates';
import { encodeCrafted } from '../../../server/tests/helpers/crafted-updates';

function sampleUpdate(): Uint8Array {
  const doc = new Y.Doc();
  const scripts = doc.getMap('scripts');
  const s = new Y.Map();
  scripts.set('s1', s);
  const title = new Y.Text('Order a drink ☕');
  s.set('title', title);
  s.set('rank', 'a0');
  s.set('meta', { nested: [1, 2.5, 'x', null, true, { deep: [new Uint8Array([1])] }] });
  title.delete(0, 6);
  doc.getArray('list').insert(0, [1, 'two', { three: 3 }]);
  return Y.encodeStateAsUpdate(doc);
}

describe('parseUpdate', () => {
  it('reads real updates and agrees with yjs on structs and deletes', () => {
    const update = sampleUpdate();
    const parsed = parseUpdate(update);
    const decoded = Y.decodeUpdate(update);
    expect(parsed.structs.length).toBe(decoded.structs.length);
    for (const [i, s] of decoded.structs.entries()) {
      expect(parsed.structs[i]!.client).toBe(s.id.client);
      expect(parsed.structs[i]!.clock).toBe(s.id.clock);
      expect(parsed.structs[i]!.length).toBe(s.length);
    }
    expect(parsed.deletes.length).toBeGreaterThan(0);
  });

  it('accepts the empty update y-protocols sends', () => {
    expect(parseUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toEqual({ structs: [], deletes: [] });
  });

  it.each(Object.entries(HOSTILE_UPDATES))('refuses %s quickly', (_name, bytes) => {
    expect(() => parseUpdate(bytes)).toThrow(MalformedInput);
  });

  it('never hangs or throws anything but MalformedInput on mutated updates', () => {
    const base = sampleUpdate();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(base.length), (edits, cut) => {
        const bytes = base.slice(0, Math.max(cut, 1));
        for (const [at, v] of edits) if (at < bytes.length) bytes[at] = v;
        try {
          parseUpdate(bytes);
          // What parses must also be safe for yjs.
          Y.applyUpdate(new Y.Doc(), bytes);
        } catch (e) {
          if (!(e instanceof MalformedInput)) {
            // yjs may still refuse semantically odd input; it must not hang (vitest would time out).
            expect(e).toBeInstanceOf(Error);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what Yjs would read differently or throw on halfway: a client listed twice, a struct pointing forward in its own client', () => {
    const twice = encodeCrafted({ clients: [{ client: 5, clock: 0, structs: [{ kind: 'text', text: 'a', parent: 't' }] }, { client: 5, clock: 1, structs: [{ kind: 'text', text: 'b', parent: 't' }] }] });
    expect(() => parseUpdate(twice)).toThrow(/listed twice/);
    const forward = encodeCrafted({ clients: [{ client: 5, clock: 0, structs: [{ kind: 'text', text: 'a', origin: { client: 5, clock: 3 } }] }] });
    expect(() => parseUpdate(forward)).toThrow(/later clock of its own client/);
    expect(() => Y.applyUpdate(new Y.Doc(), forward)).toThrow();
  });
});
