import { AppError } from '../../shared/errors';
import type { BoardOutline } from '../../shared/board-doc/outline';
import { currentCellText } from '../../shared/proposals/to-change';
import type { TProposal, TProposalCreate } from '../../shared/schemas/proposal';
import type { Actor } from '../auth/actor';
import { getDb, t } from '../db';
import { getProposalView } from './get-proposal';
import { readOutline, requireProposalAccess } from './proposal-access';
import { publishProposals } from './publish-proposals';

/** A new open proposal on a board, checked against the board's content as the server holds it. */
export async function createProposal(opts: { actor: Actor; boardId: string; input: TProposalCreate }): Promise<TProposal> {
  const access = await requireProposalAccess(opts.actor, opts.boardId, 'proposal.create');
  const { input } = opts;
  const outline = await readOutline(access.board.id);
  const target = checkTarget(outline, input);
  const [row] = await getDb()
    .insert(t.proposals)
    .values({
      boardId: access.board.id,
      kind: input.kind,
      ...target,
      title: input.title ?? '',
      rationale: input.rationale ?? '',
      authorId: opts.actor.userId,
      hidden: input.private ?? false,
    })
    .returning();
  await publishProposals(access.board.id, [row!]);
  return getProposalView(access, row!);
}

type Target = Pick<typeof t.proposals.$inferInsert, 'scriptId' | 'stepId' | 'laneId' | 'baseText' | 'proposedText' | 'payload'>;

const invalid = (field: string, message: string) => new AppError('invalid_input', message, { [field]: [message] });

/** The stored target of a proposal, or a 400 naming what this board does not have. */
function checkTarget(outline: BoardOutline, input: TProposalCreate): Target {
  if (input.kind === 'add_script') return { payload: { scriptTitle: input.scriptTitle, ...(input.steps !== undefined ? { steps: input.steps } : {}) } };
  if (input.kind === 'idea' && !input.scriptId) {
    if (input.stepId) throw invalid('scriptId', 'Name the script of the step');
    return { payload: {} };
  }
  const script = outline.scripts.find((s) => s.id === input.scriptId);
  if (!script) throw invalid('scriptId', 'This board has no such script');
  const stepId = 'stepId' in input ? input.stepId : undefined;
  if (stepId && !script.steps.some((s) => s.id === stepId)) throw invalid('stepId', 'This script has no such step (it may have been deleted)');
  const base = { scriptId: script.id, stepId: stepId ?? null };
  switch (input.kind) {
    case 'cell_change': {
      if (!outline.lanes.some((l) => l.id === input.laneId)) throw invalid('laneId', 'This board has no such lane');
      const baseText = currentCellText(outline, { ...base, laneId: input.laneId }) ?? '';
      if (baseText === input.proposedText) throw invalid('proposedText', 'The proposed text is the same as the cell’s');
      return { ...base, laneId: input.laneId, baseText, proposedText: input.proposedText, payload: {} };
    }
    case 'add_step':
      for (const laneId of Object.keys(input.cells ?? {})) if (!outline.lanes.some((l) => l.id === laneId)) throw invalid('cells', 'This board has no such lane');
      return { ...base, payload: { index: input.index, ...(input.cells ? { cells: input.cells } : {}) } };
    case 'move_step':
      return { ...base, payload: { index: input.index } };
    default:
      return { ...base, payload: {} };
  }
}
