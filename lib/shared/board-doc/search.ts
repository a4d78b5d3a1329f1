import type * as Y from 'yjs';
import { listLanes } from './lanes';
import { cellsOf, stepsOf } from './layout';
import { listScripts, getScript } from './scripts';
import { listSteps, stepTitleText } from './steps';

export interface SearchHit {
  scriptId: string;
  scriptTitle: string;
  stepId: string;
  /** 0-based position of the step in its script. */
  stepIndex: number;
  stepTitle: string;
  /** Where it matched: the step's name or a lane's name. */
  where: string;
  snippet: string;
}

function snippet(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 30);
  const end = Math.min(text.length, at + length + 50);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

/** Steps whose name or cell text contains `query` (case-insensitive), in board order; at most `limit`. */
export function searchBoard(doc: Y.Doc, query: string, limit = 30): SearchHit[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const lanes = listLanes(doc).filter((l) => !l.hidden);
  const hits: SearchHit[] = [];
  for (const summary of listScripts(doc)) {
    const script = getScript(doc, summary.id)!;
    const steps = stepsOf(script);
    listSteps(script).forEach(({ id }, index) => {
      if (hits.length >= limit) return;
      const step = steps.get(id)!;
      const title = stepTitleText(step)?.toString() ?? '';
      const base = { scriptId: summary.id, scriptTitle: summary.title || 'Untitled script', stepId: id, stepIndex: index, stepTitle: title || `Step ${index + 1}` };
      const inTitle = title.toLowerCase().indexOf(needle);
      if (inTitle >= 0) return void hits.push({ ...base, where: 'Step name', snippet: title });
      const cells = cellsOf(step);
      for (const lane of lanes) {
        const text = cells.get(lane.id)?.toString() ?? '';
        const at = text.toLowerCase().indexOf(needle);
        if (at >= 0) return void hits.push({ ...base, where: lane.name, snippet: snippet(text, at, needle.length) });
      }
    });
    if (hits.length >= limit) break;
  }
  return hits;
}

