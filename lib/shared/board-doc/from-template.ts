import type * as Y from 'yjs';
import { rankAt } from '../rank';
import type { ScriptTemplate } from '../templates';
import { listLanes } from './lanes';
import { change, newId, scriptsOf } from './layout';
import { createScriptMap, listScripts, type StepSeed } from './scripts';

/** Template cells are keyed by lane kind; a board's lanes may have any id, so each lane takes its kind's text. */
export function stepSeedsFor(script: ScriptTemplate, stepIds: string[], lanes: ReadonlyArray<{ id: string; kind: string }>): StepSeed[] {
  return script.steps.map((step, i) => ({
    id: stepIds[i]!,
    title: step.title,
    cells: Object.fromEntries(lanes.map((lane) => [lane.id, step.cells[lane.kind] ?? ''])),
  }));
}

/**
 * Adds a script filled from a template (last, by default) and returns its id.
 * `laneIds` limits the cells to lanes the author may write (see `CellLanes`).
 */
export function addScriptFromTemplate(doc: Y.Doc, template: ScriptTemplate, opts: { laneIds?: readonly string[]; index?: number } = {}): string {
  const ordered = listScripts(doc);
  const lanes = listLanes(doc).filter((lane) => !opts.laneIds || opts.laneIds.includes(lane.id));
  const id = newId();
  const steps = stepSeedsFor(template, template.steps.map(() => newId()), lanes);
  const rank = rankAt(ordered, opts.index ?? ordered.length);
  change(doc, () => scriptsOf(doc).set(id, createScriptMap({ title: template.title, job: template.job, outcome: template.outcome }, rank, steps, lanes.map((l) => l.id))));
  return id;
}
