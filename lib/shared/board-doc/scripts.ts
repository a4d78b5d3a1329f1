import * as Y from 'yjs';
import { compareRanked, rankAt, ranksBetween } from '../rank';
import { change, lanesOf, newId, rankOf, scriptsOf, textOf, type ScriptMap } from './layout';
import { createStepMap } from './steps';

export interface ScriptSummary {
  id: string;
  title: string;
  rank: string;
}

export function listScripts(doc: Y.Doc): ScriptSummary[] {
  return Array.from(scriptsOf(doc), ([id, script]) => ({
    id,
    title: textOf(script, 'title')?.toString() ?? '',
    rank: rankOf(script),
  })).sort(compareRanked);
}

export function getScript(doc: Y.Doc, id: string): ScriptMap | undefined {
  return scriptsOf(doc).get(id);
}

function scriptMap(doc: Y.Doc, id: string): ScriptMap {
  const script = getScript(doc, id);
  if (!script) throw new Error(`No script ${id}`);
  return script;
}

export interface ScriptInput {
  title: string;
  job?: string;
  outcome?: string;
  /** How many empty steps it starts with. */
  steps?: number;
  /** Lanes its steps get cells in (default all; see `CellLanes`). */
  lanes?: readonly string[];
}

/** A new step's id and, from a template, its name and cell text by lane id. */
export interface StepSeed {
  id: string;
  title?: string;
  cells?: Record<string, string>;
}

/** A script map whose steps (in order) each have a cell per lane id, empty unless the seed fills it. */
export function createScriptMap(input: ScriptInput, rank: string, stepSeeds: StepSeed[], laneIds: readonly string[]): ScriptMap {
  const script = new Y.Map<unknown>();
  script.set('title', new Y.Text(input.title));
  script.set('job', new Y.Text(input.job ?? ''));
  script.set('outcome', new Y.Text(input.outcome ?? ''));
  script.set('rank', rank);
  const steps = new Y.Map<Y.Map<unknown>>();
  const ranks = ranksBetween(null, null, stepSeeds.length);
  stepSeeds.forEach((seed, i) => {
    const cells = Object.fromEntries(laneIds.map((laneId) => [laneId, seed.cells?.[laneId] ?? '']));
    steps.set(seed.id, createStepMap(ranks[i]!, cells, seed.title));
  });
  script.set('steps', steps);
  return script;
}

/** Adds a script at `index` (default: last) with `input.steps` empty steps (default 3); returns its id. */
export function addScript(doc: Y.Doc, input: ScriptInput, index?: number): string {
  const ordered = listScripts(doc);
  const id = newId();
  const stepIds = Array.from({ length: input.steps ?? 3 }, () => ({ id: newId() }));
  const laneIds = input.lanes ?? Array.from(lanesOf(doc).keys());
  const rank = rankAt(ordered, index ?? ordered.length);
  change(doc, () => scriptsOf(doc).set(id, createScriptMap(input, rank, stepIds, laneIds)));
  return id;
}

/** Replaces the whole title (the title input edits it as a whole; cells use the character binding). */
export function renameScript(doc: Y.Doc, id: string, title: string): void {
  const text = textOf(scriptMap(doc, id), 'title');
  if (text.toString() === title) return;
  change(doc, () => {
    text.delete(0, text.length);
    text.insert(0, title);
  });
}

export function moveScript(doc: Y.Doc, id: string, index: number): void {
  const others = listScripts(doc).filter((s) => s.id !== id);
  change(doc, () => scriptMap(doc, id).set('rank', rankAt(others, index)));
}

export function deleteScript(doc: Y.Doc, id: string): void {
  change(doc, () => scriptsOf(doc).delete(id));
}
