import { and, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { currentCellText } from '../../shared/proposals/to-change';
import type { TProposal, TProposalEdit } from '../../shared/schemas/proposal';
import type { Actor } from '../auth/actor';
import { getDb, t } from '../db';
import { getProposalView } from './get-proposal';
import { findProposal, readOutline, requireProposalAccess } from './proposal-access';
import { publishProposals } from './publish-proposals';

/** The author changes their open proposal (text, title, rationale, re-base on the cell's current text) or withdraws it. */
export async function editProposal(opts: { actor: Actor; boardId: string; proposalId: string; input: TProposalEdit }): Promise<TProposal> {
  const access = await requireProposalAccess(opts.actor, opts.boardId, 'proposal.create');
  const row = await findProposal(access, opts.proposalId);
  if (row.authorId !== opts.actor.userId) throw new AppError('forbidden', 'Only its author changes a proposal');
  if (row.status !== 'open') throw new AppError('conflict', `This proposal is ${row.status}: only open proposals change`);
  const { input } = opts;
  if ((input.proposedText !== undefined || input.rebase) && row.kind !== 'cell_change') {
    throw new AppError('invalid_input', 'Only cell changes have a text', { proposedText: ['Only cell changes have a text'] });
  }
  const set: Partial<typeof t.proposals.$inferInsert> = { updatedAt: new Date() };
  if (input.title !== undefined) set.title = input.title;
  if (input.rationale !== undefined) set.rationale = input.rationale;
  if (input.proposedText !== undefined) set.proposedText = input.proposedText;
  if (input.rebase) {
    const current = currentCellText(await readOutline(access.board.id), row);
    if (current === null) throw new AppError('conflict', 'The cell was deleted: this proposal cannot be re-based');
    set.baseText = current;
  }
  if (input.withdraw) set.status = 'withdrawn';
  const updated = await getDb().transaction(async (tx) => {
    const [next] = await tx
      .update(t.proposals)
      .set(set)
      .where(and(eq(t.proposals.id, row.id), eq(t.proposals.status, 'open')))
      .returning();
    if (!next) throw new AppError('conflict', 'This proposal was decided meanwhile');
    if (input.withdraw) await tx.insert(t.proposalDecisions).values({ proposalId: row.id, action: 'withdraw', actorId: opts.actor.userId, fromStatus: 'open' });
    return next;
  });
  await publishProposals(access.board.id, [updated]);
  return getProposalView(access, updated);
}
