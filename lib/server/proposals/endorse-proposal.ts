import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { TProposal } from '../../shared/schemas/proposal';
import type { Actor } from '../auth/actor';
import { getDb, t } from '../db';
import { getProposalView } from './get-proposal';
import { findProposal, requireProposalAccess } from './proposal-access';
import { publishProposals } from './publish-proposals';

/** Endorses an open proposal (`on`) or takes one's endorsement back; one per person. */
export async function endorseProposal(opts: { actor: Actor; boardId: string; proposalId: string; on: boolean }): Promise<TProposal> {
  const access = await requireProposalAccess(opts.actor, opts.boardId, 'proposal.discuss');
  const row = await findProposal(access, opts.proposalId);
  if (opts.on && row.status !== 'open') throw new AppError('conflict', `This proposal is ${row.status}: only open proposals are endorsed`);
  const e = t.proposalEndorsements;
  const updated = await getDb().transaction(async (tx) => {
    const changed = opts.on
      ? await tx.insert(e).values({ proposalId: row.id, userId: opts.actor.userId }).onConflictDoNothing().returning()
      : await tx.delete(e).where(and(eq(e.proposalId, row.id), eq(e.userId, opts.actor.userId))).returning();
    if (!changed.length) throw new AppError('conflict', opts.on ? 'You already endorse this proposal' : 'You do not endorse this proposal');
    const [next] = await tx
      .update(t.proposals)
      .set({ endorsementCount: sql`${t.proposals.endorsementCount} + ${opts.on ? 1 : -1}` })
      .where(eq(t.proposals.id, row.id))
      .returning();
    return next!;
  });
  await publishProposals(access.board.id, [updated]);
  return getProposalView(access, updated);
}
