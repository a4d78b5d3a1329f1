import * as Y from 'yjs';
import { compareRanked, rankAt } from '../rank';
import { cellsOf, change, lanesOf, newId, rankOf, stepsOf, type ScriptMap, type StepMap } from './layout';

export interface StepRef {
  id: string;
  rank: string;
}

/**
 * A step with one cell per lane. Cells are made up front, because two people
 * creating the same missing cell at once would each make a Y.Text and one
 * of them (with its typing) would lose the map key.
 */
export function createStepMap(rank: string, cells: Record<string, string> = {}, title = ''): StepMap {
  const step = new Y.Map<unknown>();
  step.set('rank', rank);
  // A step's name is structure, not a lane's cell: whoever may add steps may name them.
  step.set('title', new Y.Text(title));
  const map = new Y.Map<Y.Text>();
  for (const [laneId, text] of Object.entries(cells)) map.set(laneId, new Y.Text(text));
  step.set('cells', map);
  return step;
}

export function listSteps(script: ScriptMap): StepRef[] {
  return Array.from(stepsOf(script), ([id, step]) => ({ id, rank: rankOf(step) })).sort(compareRanked);
}

function stepMap(script: ScriptMap, id: string): StepMap {
  const step = stepsOf(script).get(id);
  if (!step) throw new Error(`No step ${id}`);
  return step;
}

/**
 * Which lanes a new step gets cells in: all by default. A customer passes only
 * the lanes open to them, because the server refuses a customer's update that
 * touches a firm-only lane, even to create an empty cell there.
 */
export type CellLanes = readonly string[] | undefined;

function emptyCells(script: ScriptMap, lanes: CellLanes): Record<string, string> {
  return Object.fromEntries((lanes ?? Array.from(lanesOf(script.doc!).keys())).map((laneId) => [laneId, '']));
}

/** Adds an empty step at `index` of the order and returns its id. */
export function addStepAt(script: ScriptMap, index: number, lanes?: CellLanes): string {
  const id = newId();
  const rank = rankAt(listSteps(script), index);
  change(script.doc!, () => stepsOf(script).set(id, createStepMap(rank, emptyCells(script, lanes))));
  return id;
}

/** Adds an empty step just before or after `stepId`. */
export function addStep(script: ScriptMap, stepId: string, where: 'before' | 'after', lanes?: CellLanes): string {
  const index = listSteps(script).findIndex((s) => s.id === stepId);
  if (index < 0) throw new Error(`No step ${stepId}`);
  return addStepAt(script, where === 'before' ? index : index + 1, lanes);
}

/** A copy of the step (its text, not its identity) right after it. */
export function duplicateStep(script: ScriptMap, stepId: string, lanes?: CellLanes): string {
  const ordered = listSteps(script);
  const index = ordered.findIndex((s) => s.id === stepId);
  const cells = emptyCells(script, lanes);
  const source = stepMap(script, stepId);
  for (const [laneId, text] of cellsOf(source)) if (laneId in cells) cells[laneId] = text.toString();
  const id = newId();
  const title = stepTitleText(source)?.toString() ?? '';
  change(script.doc!, () => stepsOf(script).set(id, createStepMap(rankAt(ordered, index + 1), cells, title)));
  return id;
}

export function deleteStep(script: ScriptMap, stepId: string): void {
  change(script.doc!, () => stepsOf(script).delete(stepId));
}

/** Moves a step to `index` of the order (counted without it) by changing only its rank. */
export function moveStep(script: ScriptMap, stepId: string, index: number): void {
  const others = listSteps(script).filter((s) => s.id !== stepId);
  change(script.doc!, () => stepMap(script, stepId).set('rank', rankAt(others, index)));
}

/**
 * The cell text of a step in a lane. A cell can be missing only when a lane
 * and a step were added concurrently; then it is created here on first use.
 */
export function cellText(script: ScriptMap, stepId: string, laneId: string): Y.Text {
  const cells = cellsOf(stepMap(script, stepId));
  let text = cells.get(laneId);
  if (!text) {
    text = new Y.Text();
    const created = text;
    change(script.doc!, () => cells.set(laneId, created));
  }
  return text;
}

export function findCell(script: ScriptMap, stepId: string, laneId: string): Y.Text | undefined {
  const step = stepsOf(script).get(stepId);
  return step ? cellsOf(step).get(laneId) : undefined;
}

/** The step's name field; boards made before steps had names have none (see `stepTitle`). */
export function stepTitleText(step: StepMap): Y.Text | undefined {
  const title = step.get('title');
  return title instanceof Y.Text ? title : undefined;
}

/** The step's name as shown: its title, or "Step N" (1-based) when it has none. */
export function stepTitle(script: ScriptMap, stepId: string, index: number): string {
  const step = stepsOf(script).get(stepId);
  const title = step ? stepTitleText(step)?.toString().trim() : '';
  return title || `Step ${index + 1}`;
}

/** The title field of a step, created on first use for steps made before steps had names. */
export function ensureStepTitle(script: ScriptMap, stepId: string): Y.Text {
  const step = stepMap(script, stepId);
  let text = stepTitleText(step);
  if (!text) {
    const created = new Y.Text();
    change(script.doc!, () => step.set('title', created));
    text = created;
  }
  return text;
}

/** Replaces a step's whole name. */
export function renameStep(script: ScriptMap, stepId: string, title: string): void {
  const text = ensureStepTitle(script, stepId);
  if (text.toString() === title) return;
  change(script.doc!, () => {
    text.delete(0, text.length);
    text.insert(0, title);
  });
}
