import type { BoardOutline } from '../board-doc/outline';
import type { TBoardChange } from '../schemas/board-change';
import type { ProposalKind } from '../schemas/proposal';

/** The parts of a stored proposal that say what it changes. */
export interface ProposalTarget {
  kind: ProposalKind;
  scriptId: string | null;
  stepId: string | null;
  laneId: string | null;
  proposedText: string | null;
  payload: Record<string, unknown>;
}

/**
 * What accepting a proposal does to the board as it is now: the change, and
 * the change that would undo it (null where the undo needs the ids the
 * change creates: filled in by the caller), or why its target is gone.
 * An idea changes nothing.
 */
export type ProposalPlan = { change: TBoardChange | null; inverse: TBoardChange | null } | { missing: string };

export function planProposal(p: ProposalTarget, board: BoardOutline, text = p.proposedText ?? ''): ProposalPlan {
  if (p.kind === 'add_script') {
    return { change: [{ op: 'addScript', title: String(p.payload.scriptTitle ?? ''), steps: p.payload.steps as number | undefined }], inverse: null };
  }
  const script = p.scriptId ? board.scripts.find((s) => s.id === p.scriptId) : undefined;
  if (p.scriptId && !script) return { missing: 'The script was deleted.' };
  const stepIndex = script && p.stepId ? script.steps.findIndex((s) => s.id === p.stepId) : -1;
  if (p.stepId && stepIndex < 0) return { missing: 'The step was deleted.' };
  if (p.kind === 'idea') return { change: null, inverse: null };
  const scriptId = script!.id;
  const step = script!.steps[stepIndex];
  switch (p.kind) {
    case 'cell_change': {
      if (!board.lanes.some((l) => l.id === p.laneId)) return { missing: 'The lane was deleted.' };
      const laneId = p.laneId!;
      const current = step!.cells[laneId] ?? '';
      return {
        change: [{ op: 'setCellText', scriptId, stepId: step!.id, laneId, text }],
        inverse: [{ op: 'setCellText', scriptId, stepId: step!.id, laneId, text: current }],
      };
    }
    case 'add_step':
      return {
        change: [{ op: 'addStep', scriptId, index: Math.min(Number(p.payload.index ?? 0), script!.steps.length), cells: p.payload.cells as Record<string, string> | undefined }],
        inverse: null,
      };
    case 'remove_step':
      return {
        change: [{ op: 'removeStep', scriptId, stepId: step!.id }],
        inverse: [{ op: 'addStep', scriptId, index: stepIndex, cells: step!.cells }],
      };
    case 'move_step':
      return {
        change: [{ op: 'moveStep', scriptId, stepId: step!.id, index: Math.min(Number(p.payload.index ?? 0), script!.steps.length - 1) }],
        inverse: [{ op: 'moveStep', scriptId, stepId: step!.id, index: stepIndex }],
      };
  }
}

/** The undo of a change that created things (an added step or script), once their ids are known. */
export function inverseOfCreated(kind: ProposalKind, scriptId: string | null, created: string[]): TBoardChange | null {
  const id = created[0];
  if (!id) return null;
  if (kind === 'add_step' && scriptId) return [{ op: 'removeStep', scriptId, stepId: id }];
  if (kind === 'add_script') return [{ op: 'removeScript', scriptId: id }];
  return null;
}

/** The text of the cell a cell change targets, as the board has it now (null when gone). */
export function currentCellText(board: BoardOutline, p: Pick<ProposalTarget, 'scriptId' | 'stepId' | 'laneId'>): string | null {
  const step = board.scripts.find((s) => s.id === p.scriptId)?.steps.find((s) => s.id === p.stepId);
  if (!step || !board.lanes.some((l) => l.id === p.laneId)) return null;
  return step.cells[p.laneId!] ?? '';
}
