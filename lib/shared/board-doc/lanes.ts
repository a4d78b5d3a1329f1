import * as Y from 'yjs';
import { compareRanked, rankAt } from '../rank';
import { cellsOf, change, lanesOf, newId, rankOf, scriptsOf, stepsOf, type LaneKind, type LaneMap } from './layout';

export interface LaneView {
  id: string;
  name: string;
  kind: LaneKind;
  rank: string;
  hidden: boolean;
  customerWritable: boolean;
}

export function readLane(id: string, lane: LaneMap): LaneView {
  return {
    id,
    name: String(lane.get('name') ?? ''),
    kind: (lane.get('kind') as LaneKind | undefined) ?? 'custom',
    rank: rankOf(lane),
    hidden: lane.get('hidden') === true,
    customerWritable: lane.get('customerWritable') === true,
  };
}

/** All lanes in order, hidden ones included. */
export function listLanes(doc: Y.Doc): LaneView[] {
  return Array.from(lanesOf(doc), ([id, lane]) => readLane(id, lane)).sort(compareRanked);
}

export interface LaneInput {
  name: string;
  kind?: LaneKind;
  customerWritable?: boolean;
}

export function createLaneMap(input: LaneInput, rank: string): LaneMap {
  const lane = new Y.Map<unknown>();
  lane.set('name', input.name);
  lane.set('kind', input.kind ?? 'custom');
  lane.set('rank', rank);
  lane.set('hidden', false);
  lane.set('customerWritable', input.customerWritable ?? false);
  return lane;
}

/** Adds a lane at `index` (default: last), with an empty cell in every step, and returns its id. */
export function addLane(doc: Y.Doc, input: LaneInput, index?: number): string {
  const ordered = listLanes(doc);
  const id = newId();
  change(doc, () => {
    lanesOf(doc).set(id, createLaneMap(input, rankAt(ordered, index ?? ordered.length)));
    for (const script of scriptsOf(doc).values()) {
      for (const step of stepsOf(script).values()) cellsOf(step).set(id, new Y.Text());
    }
  });
  return id;
}

function laneMap(doc: Y.Doc, id: string): LaneMap {
  const lane = lanesOf(doc).get(id);
  if (!lane) throw new Error(`No lane ${id}`);
  return lane;
}

export function renameLane(doc: Y.Doc, id: string, name: string): void {
  change(doc, () => laneMap(doc, id).set('name', name));
}

export function setLaneHidden(doc: Y.Doc, id: string, hidden: boolean): void {
  change(doc, () => laneMap(doc, id).set('hidden', hidden));
}

export function setLaneCustomerWritable(doc: Y.Doc, id: string, customerWritable: boolean): void {
  change(doc, () => laneMap(doc, id).set('customerWritable', customerWritable));
}

/** Moves a lane so it ends up at `index` of the order (counted without the lane itself). */
export function moveLane(doc: Y.Doc, id: string, index: number): void {
  const others = listLanes(doc).filter((lane) => lane.id !== id);
  change(doc, () => laneMap(doc, id).set('rank', rankAt(others, index)));
}
