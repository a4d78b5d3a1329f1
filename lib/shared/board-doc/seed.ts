import * as Y from 'yjs';
import { ranksBetween } from '../rank';
import { createLaneMap, type LaneInput } from './lanes';
import { lanesOf, scriptsOf, type LaneKind } from './layout';
import { createScriptMap } from './scripts';

/** The lanes of a new board (DESIGN.md), and which of them customers may write in. */
export const DEFAULT_LANES: ReadonlyArray<Required<LaneInput> & { kind: LaneKind }> = [
  { kind: 'customer-does', name: 'Customer does', customerWritable: true },
  { kind: 'customer-knows', name: 'Customer needs to know', customerWritable: true },
  { kind: 'staff-front', name: 'Staff do (front stage)', customerWritable: false },
  { kind: 'backstage', name: 'Behind the scenes', customerWritable: false },
  { kind: 'touchpoint', name: 'Touchpoint', customerWritable: false },
  { kind: 'pain-ideas', name: 'Pain points & ideas', customerWritable: true },
];

/**
 * The Yjs clientID the seed is written with. Seeding is deterministic (fixed
 * clientID, ids and ranks), so two servers seeding the same empty board make
 * byte-identical updates and applying both leaves one copy.
 */
export const SEED_CLIENT_ID = 1;

function buildSeed(): Uint8Array {
  const seed = new Y.Doc();
  seed.clientID = SEED_CLIENT_ID;
  const laneRanks = ranksBetween(null, null, DEFAULT_LANES.length);
  const laneIds = DEFAULT_LANES.map((lane) => lane.kind);
  seed.transact(() => {
    DEFAULT_LANES.forEach((lane, i) => lanesOf(seed).set(lane.kind, createLaneMap(lane, laneRanks[i]!)));
    const script = createScriptMap({ title: 'Main scenario' }, ranksBetween(null, null, 1)[0]!, ['step-1', 'step-2', 'step-3'], laneIds);
    scriptsOf(seed).set('main', script);
  });
  const update = Y.encodeStateAsUpdate(seed);
  seed.destroy();
  return update;
}

/** Fills an empty board document with the default lanes and one script, "Main scenario", of 3 empty steps. No-op if it has content. */
export function seedBoardContent(doc: Y.Doc): void {
  if (lanesOf(doc).size > 0 || scriptsOf(doc).size > 0) return;
  Y.applyUpdate(doc, buildSeed());
}
