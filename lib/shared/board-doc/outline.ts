import type * as Y from 'yjs';
import { cellsOf, stepsOf } from './layout';
import { listLanes, type LaneView } from './lanes';
import { getScript, listScripts } from './scripts';
import { listSteps } from './steps';

/** A board's content as plain JSON, in order: what code outside the sync server reads (it must not hold Y types). */
export interface BoardOutline {
  lanes: LaneView[];
  scripts: Array<{ id: string; title: string; steps: Array<{ id: string; cells: Record<string, string> }> }>;
}

export function boardOutline(doc: Y.Doc): BoardOutline {
  return {
    lanes: listLanes(doc),
    scripts: listScripts(doc).map(({ id, title }) => {
      const script = getScript(doc, id)!;
      return {
        id,
        title,
        steps: listSteps(script).map((ref) => ({
          id: ref.id,
          cells: Object.fromEntries(Array.from(cellsOf(stepsOf(script).get(ref.id)!), ([laneId, text]) => [laneId, text.toString()])),
        })),
      };
    }),
  };
}
