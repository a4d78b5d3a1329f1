import type * as Y from 'yjs';
import type { TBoardChange, TBoardChangeOp } from '../schemas/board-change';
import { cellsOf, stepsOf } from './layout';
import { addScript, deleteScript, getScript, renameScript } from './scripts';
import { addStepAt, cellText, deleteStep, moveStep } from './steps';

/** Thrown when a change names a script, step or lane the document does not have. */
export class ChangeTargetMissing extends Error {}

/**
 * Applies a plain-data change to a board document. The caller wraps it in
 * one transaction with its origin (the credit), so the change is one update.
 * Returns the ids of what it created, in order.
 */
export function applyBoardChange(doc: Y.Doc, change: TBoardChange): string[] {
  const created: string[] = [];
  for (const op of change) {
    const id = applyOp(doc, op);
    if (id) created.push(id);
  }
  return created;
}

/** The first script or step the change names that the document lacks (checked before anything is applied), or null. */
export function missingTarget(doc: Y.Doc, change: TBoardChange): string | null {
  for (const op of change) {
    if (op.op === 'addScript') continue;
    const script = getScript(doc, op.scriptId);
    if (!script) return `No script ${op.scriptId}`;
    if ('stepId' in op && !stepsOf(script).has(op.stepId)) return `No step ${op.stepId}`;
  }
  return null;
}

function applyOp(doc: Y.Doc, op: TBoardChangeOp): string | null {
  if (op.op === 'addScript') return addScript(doc, { title: op.title, steps: op.steps });
  const script = getScript(doc, op.scriptId);
  if (!script) throw new ChangeTargetMissing(`No script ${op.scriptId}`);
  const needStep = (stepId: string) => {
    if (!stepsOf(script).has(stepId)) throw new ChangeTargetMissing(`No step ${stepId}`);
  };
  switch (op.op) {
    case 'removeScript':
      deleteScript(doc, op.scriptId);
      return null;
    case 'setScriptTitle':
      renameScript(doc, op.scriptId, op.text);
      return null;
    case 'setCellText': {
      needStep(op.stepId);
      const text = cellText(script, op.stepId, op.laneId);
      if (text.toString() !== op.text) {
        text.delete(0, text.length);
        text.insert(0, op.text);
      }
      return null;
    }
    case 'addStep': {
      const id = addStepAt(script, op.index);
      const cells = cellsOf(stepsOf(script).get(id)!);
      for (const [laneId, value] of Object.entries(op.cells ?? {})) if (value) cells.get(laneId)?.insert(0, value);
      return id;
    }
    case 'moveStep':
      needStep(op.stepId);
      moveStep(script, op.stepId, op.index);
      return null;
    case 'removeStep':
      needStep(op.stepId);
      deleteStep(script, op.stepId);
      return null;
  }
}
