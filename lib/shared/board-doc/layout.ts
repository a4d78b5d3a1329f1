import * as Y from 'yjs';

/**
 * The board content document (room `/sync/<boardId>`), per DESIGN.md:
 *   lanes:   Y.Map<laneId, Y.Map{ name, kind, rank, hidden, customerWritable }>
 *   scripts: Y.Map<scriptId, Y.Map{ title: Y.Text, job: Y.Text, outcome: Y.Text, rank,
 *                                   steps: Y.Map<stepId, Y.Map{ rank, cells: Y.Map<laneId, Y.Text> }> }>
 * Order is always a fractional `rank`, never a position in an array.
 */

export const LANE_KINDS = [
  'customer-does',
  'customer-knows',
  'staff-front',
  'backstage',
  'touchpoint',
  'pain-ideas',
  'custom',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export type LaneMap = Y.Map<unknown>;
export type ScriptMap = Y.Map<unknown>;
export type StepMap = Y.Map<unknown>;

export function lanesOf(doc: Y.Doc): Y.Map<LaneMap> {
  return doc.getMap<LaneMap>('lanes');
}

export function scriptsOf(doc: Y.Doc): Y.Map<ScriptMap> {
  return doc.getMap<ScriptMap>('scripts');
}

export function stepsOf(script: ScriptMap): Y.Map<StepMap> {
  return script.get('steps') as Y.Map<StepMap>;
}

export function cellsOf(step: StepMap): Y.Map<Y.Text> {
  return step.get('cells') as Y.Map<Y.Text>;
}

export function textOf(map: Y.Map<unknown>, key: 'title' | 'job' | 'outcome'): Y.Text {
  return map.get(key) as Y.Text;
}

export function rankOf(map: Y.Map<unknown>): string {
  const rank = map.get('rank');
  return typeof rank === 'string' ? rank : '';
}

/** Ids unique within a board. crypto.getRandomValues also exists on plain-http origins, unlike randomUUID. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Runs `fn` in one transaction (a no-op wrapper when the caller already opened one with its origin). */
export function change<T>(doc: Y.Doc, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  });
  return result;
}
