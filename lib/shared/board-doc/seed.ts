import * as Y from 'yjs';
import { ranksBetween } from '../rank';
import { BLANK_TEMPLATE, type BoardTemplate } from '../templates';
import { createLaneMap, type LaneInput } from './lanes';
import { lanesOf, scriptsOf, type LaneKind } from './layout';
import { createScriptMap } from './scripts';
import { stepSeedsFor } from './from-template';

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

/** The first script keeps the ids boards were always seeded with (`main`, `step-1`…). */
function seedIds(scriptIndex: number, steps: number) {
  const scriptId = scriptIndex === 0 ? 'main' : `script-${scriptIndex + 1}`;
  const prefix = scriptIndex === 0 ? 'step' : `${scriptId}-step`;
  return { scriptId, stepIds: Array.from({ length: steps }, (_, i) => `${prefix}-${i + 1}`) };
}

function buildSeed(template: BoardTemplate): Uint8Array {
  const seed = new Y.Doc();
  seed.clientID = SEED_CLIENT_ID;
  const laneRanks = ranksBetween(null, null, DEFAULT_LANES.length);
  const lanes = DEFAULT_LANES.map((lane) => ({ id: lane.kind, kind: lane.kind }));
  const scriptRanks = ranksBetween(null, null, template.scripts.length);
  seed.transact(() => {
    DEFAULT_LANES.forEach((lane, i) => lanesOf(seed).set(lane.kind, createLaneMap(lane, laneRanks[i]!)));
    template.scripts.forEach((script, i) => {
      const { scriptId, stepIds } = seedIds(i, script.steps.length);
      const steps = stepSeedsFor(script, stepIds, lanes);
      scriptsOf(seed).set(scriptId, createScriptMap({ title: script.title, job: script.job, outcome: script.outcome }, scriptRanks[i]!, steps, lanes.map((l) => l.id)));
    });
  });
  const update = Y.encodeStateAsUpdate(seed);
  seed.destroy();
  return update;
}

/**
 * Fills an empty board document with the default lanes and the template's scripts
 * (default: one script, "Main scenario", of 3 empty steps). No-op if it has content.
 */
export function seedBoardContent(doc: Y.Doc, template: BoardTemplate = BLANK_TEMPLATE): void {
  if (lanesOf(doc).size > 0 || scriptsOf(doc).size > 0) return;
  Y.applyUpdate(doc, buildSeed(template));
}
