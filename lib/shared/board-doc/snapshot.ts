import type * as Y from 'yjs';
import { listLanes } from './lanes';
import { cellsOf, stepsOf, textOf } from './layout';
import { getScript, listScripts } from './scripts';
import { listSteps, stepTitleText } from './steps';

/** Plain JSON of what the board page shows first: the lanes, the scripts' titles and the open script's first steps. */
export interface BoardSnapshot {
  lanes: Array<{ id: string; name: string; customerWritable: boolean }>;
  scripts: Array<{ id: string; title: string }>;
  script: {
    id: string;
    title: string;
    job: string;
    outcome: string;
    stepCount: number;
    steps: Array<{ id: string; title: string; cells: Record<string, string> }>;
  } | null;
}

/** The snapshot the server renders before the live editor takes over (`scriptId` as the URL names it, else the first). */
export function readSnapshot(doc: Y.Doc, scriptId: string | null, maxSteps = 8): BoardSnapshot {
  const lanes = listLanes(doc).filter((l) => !l.hidden).map(({ id, name, customerWritable }) => ({ id, name, customerWritable }));
  const scripts = listScripts(doc).map(({ id, title }) => ({ id, title }));
  const id = scripts.some((s) => s.id === scriptId) ? scriptId! : scripts[0]?.id;
  const map = id ? getScript(doc, id) : undefined;
  if (!id || !map) return { lanes, scripts, script: null };
  const steps = listSteps(map);
  const stepMaps = stepsOf(map);
  return {
    lanes,
    scripts,
    script: {
      id,
      title: textOf(map, 'title')?.toString() ?? '',
      job: textOf(map, 'job')?.toString() ?? '',
      outcome: textOf(map, 'outcome')?.toString() ?? '',
      stepCount: steps.length,
      steps: steps.slice(0, maxSteps).map(({ id: stepId }) => {
        const step = stepMaps.get(stepId)!;
        const cells = cellsOf(step);
        return { id: stepId, title: stepTitleText(step)?.toString() ?? '', cells: Object.fromEntries(lanes.map((l) => [l.id, cells.get(l.id)?.toString() ?? ''])) };
      }),
    },
  };
}
