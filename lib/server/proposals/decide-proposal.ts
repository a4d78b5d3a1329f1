import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { currentCellText, inverseOfCreated, planProposal } from '../../shared/proposals/to-change';
import type { TBoardChange } from '../../shared/schemas/board-change';
import type { ProposalStatus, TProposal, TProposalDecision } from '../../shared/schemas/proposal';
import type { Actor } from '../auth/actor';
import { applyAsServer } from '../boards/apply-as-server';
import { getDb, t } from '../db';
import { getProposalView } from './get-proposal';
import type { ProposalRow } from './present-proposal';
import { findProposal, readOutline, requireProposalAccess, type ProposalAccess } from './proposal-access';
import { publishProposals } from './publish-proposals';

/**
 * A decision on one proposal by someone the rule book lets decide. An
 * accept is applied by the server as one credited write (the proposer as
 * author, the decider as accepter); an undo is a new decision, never a
 * rewrite: undoing an accept applies the inverse change as a new write.
 */
export async function decideProposal(opts: { actor: Actor; boardId: string; proposalId: string; input: TProposalDecision }): Promise<TProposal> {
  const access = await requireProposalAccess(opts.actor, opts.boardId, 'proposal.decide');
  const row = await findProposal(access, opts.proposalId);
  const touched = await decideRow(access, row, opts.input);
  await publishProposals(access.board.id, touched);
  return getProposalView(access, touched[0]!);
}

/** Applies a decision and returns the rows it changed (the proposal first). Shared with bulk decisions. */
export async function decideRow(access: ProposalAccess, row: ProposalRow, input: TProposalDecision): Promise<ProposalRow[]> {
  const actorId = access.viewer.userId;
  switch (input.action) {
    case 'accept':
      return accept(access, row, input);
    case 'reject':
      requireStatus(row, ['open']);
      return [await transition(row, 'rejected', { action: 'reject', actorId, reason: input.reason })];
    case 'reopen': {
      requireStatus(row, ['rejected', 'superseded', 'withdrawn', 'stale']);
      let baseText = row.baseText;
      if (row.kind === 'cell_change') {
        // Re-based: it now proposes its text against the cell as it is.
        baseText = currentCellText(await readOutline(access.board.id), row);
        if (baseText === null) throw new AppError('conflict', 'The cell was deleted: this proposal stays stale');
      }
      return [await transition(row, 'open', { action: 'reopen', actorId }, { baseText })];
    }
    case 'undo':
      return undo(access, row);
    case 'ask_update': {
      requireStatus(row, ['open']);
      return getDb().transaction(async (tx) => {
        await tx.insert(t.proposalComments).values({ proposalId: row.id, authorId: actorId, body: `Please update this proposal: ${input.reason}` });
        return tx
          .update(t.proposals)
          .set({ commentCount: sql`${t.proposals.commentCount} + 1` })
          .where(eq(t.proposals.id, row.id))
          .returning();
      });
    }
  }
}

async function accept(access: ProposalAccess, row: ProposalRow, input: Extract<TProposalDecision, { action: 'accept' }>): Promise<ProposalRow[]> {
  requireStatus(row, ['open']);
  const actorId = access.viewer.userId;
  if (input.text !== undefined && row.kind !== 'cell_change') throw new AppError('invalid_input', 'Only cell changes are accepted with edited text', { text: ['Only for cell changes'] });
  const outline = await readOutline(access.board.id);
  const text = input.text ?? row.proposedText ?? '';
  const plan = planProposal(row, outline, text);
  if ('missing' in plan) return [await goStale(row, plan.missing, actorId)];
  if (row.kind === 'cell_change' && input.text === undefined && !input.overrideConflict) {
    const current = currentCellText(outline, row) ?? '';
    if (current !== row.baseText) {
      throw new AppError('conflict', 'The cell changed since this proposal was made: accept its text anyway, merge by hand, or ask the author to update', {
        base: [row.baseText ?? ''],
        current: [current],
        proposed: [row.proposedText ?? ''],
      });
    }
  }
  // Claimed before it is applied, so two deciders at once apply it once.
  const decisionId = crypto.randomUUID();
  const claimed = await transition(row, 'accepted', { id: decisionId, action: 'accept', actorId, reason: input.text !== undefined ? 'Accepted with edits' : null });
  let inverse: TBoardChange | null = plan.inverse;
  if (plan.change) {
    try {
      const { created } = await applyAsServer({ boardId: access.board.id, change: plan.change, credit: { authorId: row.authorId, acceptedBy: actorId, proposalId: row.id } });
      inverse ??= inverseOfCreated(row.kind, row.scriptId, created);
    } catch (error) {
      // The target went away between reading the board and writing it.
      if (error instanceof AppError && error.code === 'conflict' && error.message.startsWith('The board changed')) return [await goStale(claimed, error.message, actorId)];
      await transition(claimed, 'open', { action: 'undo', actorId, reason: 'Not applied' });
      throw error;
    }
  }
  await getDb().update(t.proposalDecisions).set({ inverse }).where(eq(t.proposalDecisions.id, decisionId));
  return [claimed, ...(row.kind === 'cell_change' ? await supersedeRivals(claimed, actorId) : [])];
}

/** Other open proposals on the same cell lose to the accepted one; reopening re-bases them. */
async function supersedeRivals(row: ProposalRow, actorId: string): Promise<ProposalRow[]> {
  const p = t.proposals;
  return getDb().transaction(async (tx) => {
    const rivals = await tx
      .update(p)
      .set({ status: 'superseded', decidedBy: actorId, decidedAt: new Date(), decisionReason: 'Another proposal for this cell was accepted', updatedAt: new Date() })
      .where(and(eq(p.boardId, row.boardId), eq(p.kind, 'cell_change'), eq(p.status, 'open'), eq(p.scriptId, row.scriptId!), eq(p.stepId, row.stepId!), eq(p.laneId, row.laneId!), ne(p.id, row.id)))
      .returning();
    if (rivals.length) {
      await tx.insert(t.proposalDecisions).values(rivals.map((r) => ({ proposalId: r.id, action: 'supersede' as const, actorId, fromStatus: 'open' as const, reason: row.id })));
    }
    return rivals;
  });
}

async function undo(access: ProposalAccess, row: ProposalRow): Promise<ProposalRow[]> {
  const actorId = access.viewer.userId;
  if (row.status === 'rejected') return [await transition(row, 'open', { action: 'undo', actorId })];
  if (row.status !== 'accepted') throw new AppError('conflict', `Nothing to undo: the proposal is ${row.status}`);
  const last = await latestDecision(row.id);
  const inverse = last?.action === 'accept' ? (last.inverse as TBoardChange | null) : null;
  if (row.kind !== 'idea' && !inverse) throw new AppError('conflict', 'This accepted change cannot be undone automatically');
  const reopened = await transition(row, 'open', { action: 'undo', actorId });
  if (inverse) {
    try {
      // A new write credited to whoever undoes it: the accept stays in the history.
      await applyAsServer({ boardId: access.board.id, change: inverse, credit: { authorId: actorId, proposalId: row.id } });
    } catch (error) {
      await transition(reopened, 'accepted', { action: 'accept', actorId, reason: 'Undo failed' }, { inverse });
      throw error;
    }
  }
  return [reopened];
}

async function goStale(row: ProposalRow, reason: string, actorId: string): Promise<ProposalRow> {
  return transition(row, 'stale', { action: 'stale', actorId, reason });
}

function requireStatus(row: ProposalRow, allowed: ProposalStatus[]): void {
  if (!allowed.includes(row.status)) throw new AppError('conflict', `This proposal is ${row.status}`);
}

async function latestDecision(proposalId: string) {
  const [last] = await getDb().select().from(t.proposalDecisions).where(eq(t.proposalDecisions.proposalId, proposalId)).orderBy(desc(t.proposalDecisions.createdAt)).limit(1);
  return last;
}

/**
 * Moves a proposal from the status it was read with to `to` (a 409 if
 * someone else moved it meanwhile) and records the decision.
 */
async function transition(
  row: ProposalRow,
  to: ProposalStatus,
  decision: { id?: string; action: (typeof t.proposalDecisions.$inferInsert)['action']; actorId: string; reason?: string | null },
  extra: { baseText?: string | null; inverse?: TBoardChange | null } = {},
): Promise<ProposalRow> {
  const decided = to !== 'open';
  return getDb().transaction(async (tx) => {
    const [next] = await tx
      .update(t.proposals)
      .set({
        status: to,
        decidedBy: decided ? decision.actorId : null,
        decidedAt: decided ? new Date() : null,
        decisionReason: decided ? (decision.reason ?? null) : null,
        ...(extra.baseText !== undefined ? { baseText: extra.baseText } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(t.proposals.id, row.id), eq(t.proposals.status, row.status)))
      .returning();
    if (!next) throw new AppError('conflict', 'This proposal was decided meanwhile');
    await tx.insert(t.proposalDecisions).values({ id: decision.id, proposalId: row.id, action: decision.action, actorId: decision.actorId, fromStatus: row.status, reason: decision.reason ?? null, inverse: extra.inverse ?? null });
    return next;
  });
}
