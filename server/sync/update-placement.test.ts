import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseUpdate } from '../../lib/server/sync/parse-update';
import { MalformedInput } from '../../lib/server/sync/safe-decoder';
import { encodeCrafted, type CraftedStruct, type Id } from '../tests/helpers/crafted-updates';
import { placeUpdate } from './update-placement';

/** A document three clients wrote in, and the ids of its items. */
function baseDoc() {
  const doc = new Y.Doc();
  for (const [client, text] of [[11, 'alpha'], [22, 'beta'], [33, 'gamma']] as const) {
    const writer = new Y.Doc();
    writer.clientID = client;
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(doc));
    writer.getText('t').insert(writer.getText('t').length, text);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer, Y.encodeStateVector(doc)));
  }
  return doc;
}

const clients = [11, 22, 33, 44, 55];
const arbId = fc.record({ client: fc.constantFrom(...clients), clock: fc.nat(8) });
const arbStruct: fc.Arbitrary<CraftedStruct> = fc.oneof(
  fc.record({
    kind: fc.constant('text' as const),
    text: fc.constantFrom('x', 'yy', 'zzz'),
    origin: fc.option(arbId, { nil: undefined }),
    rightOrigin: fc.option(arbId, { nil: undefined }),
    parent: fc.option(fc.oneof(arbId, fc.constant('t')), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('map' as const), origin: fc.option(arbId, { nil: undefined }), parent: fc.option(arbId, { nil: undefined }), parentSub: fc.option(fc.constant('k'), { nil: undefined }) }),
  fc.record({ kind: fc.constantFrom('skip' as const, 'gc' as const), length: fc.integer({ min: 1, max: 3 }) }) as fc.Arbitrary<CraftedStruct>,
);
const arbUpdate = fc.record({
  clients: fc.uniqueArray(fc.record({ client: fc.constantFrom(...clients), clock: fc.nat(8), structs: fc.array(arbStruct, { minLength: 1, maxLength: 4 }) }), { selector: (c) => c.client, maxLength: 3 }),
  deletes: fc.array(fc.record({ client: fc.constantFrom(...clients), clock: fc.nat(8), len: fc.integer({ min: 1, max: 4 }) }), { maxLength: 2 }),
});

describe('placeUpdate', () => {
  // Where Yjs reads on past a repeated struct that waits (it takes that client's next struct), the
  // simulation gives up on the client: it may call pending what Yjs would place (refusing a crafted
  // update), never the other way round. Honest updates never repeat a struct whose references are missing.
  it('never calls integrable what Y.applyUpdate leaves pending, and predicts the clocks it reaches', () => {
    const base = Y.encodeStateAsUpdate(baseDoc());
    let compared = 0;
    fc.assert(
      fc.property(arbUpdate, (crafted) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, base);
        const update = encodeCrafted(crafted);
        let placement;
        try {
          placement = placeUpdate(doc, parseUpdate(update));
        } catch (e) {
          if (e instanceof MalformedInput) return; // refused before Yjs sees it
          throw e;
        }
        // Yjs re-anchors overlaps instead of leaving them pending; the server cuts them first (authorizeUpdate).
        if (placement.overlaps.size) return;
        Y.applyUpdate(doc, update);
        if (placement.cut.size) return;
        expect(doc.store.pendingStructs).toBeNull();
        expect(doc.store.pendingDs !== null).toBe(placement.unknownDeletes);
        for (const client of clients) expect(Y.getState(doc.store, client)).toBe(placement.state.get(client) ?? Y.getState(doc.store, client));
        compared++;
      }),
      { numRuns: 3000 },
    );
    expect(compared).toBeGreaterThan(500);
  }, 60_000);

  it('follows dependencies across clients in any order, like Yjs', () => {
    const doc = new Y.Doc();
    const a: Id = { client: 44, clock: 0 };
    const update = encodeCrafted({
      clients: [
        { client: 55, clock: 0, structs: [{ kind: 'text', text: 'b', origin: a }] },
        { client: 44, clock: 0, structs: [{ kind: 'text', text: 'a', parent: 't' }] },
      ],
    });
    expect(placeUpdate(doc, parseUpdate(update)).cut.size).toBe(0);
  });
});
