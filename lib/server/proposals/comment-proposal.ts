import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { TProposalComment } from '../../shared/schemas/proposal';
import type { Actor } from '../auth/actor';
import { getDb, t } from '../db';
import { peopleFor } from './present-proposal';
import { findProposal, requireProposalAccess } from './proposal-access';
import { publishProposals } from './publish-proposals';

/** A comment on a proposal, or a reply to one of its comments. */
export async function commentProposal(opts: { actor: Actor; boardId: string; proposalId: string; body: string; parentId?: string }): Promise<TProposalComment> {
  const access = await requireProposalAccess(opts.actor, opts.boardId, 'proposal.discuss');
  const row = await findProposal(access, opts.proposalId);
  const c = t.proposalComments;
  const { comment, updated } = await getDb().transaction(async (tx) => {
    if (opts.parentId) {
      const [parent] = await tx.select({ id: c.id }).from(c).where(and(eq(c.id, opts.parentId), eq(c.proposalId, row.id))).limit(1);
      if (!parent) throw new AppError('invalid_input', 'No such comment on this proposal', { parentId: ['No such comment on this proposal'] });
    }
    const [comment] = await tx.insert(c).values({ proposalId: row.id, parentId: opts.parentId ?? null, authorId: opts.actor.userId, body: opts.body }).returning();
    const [updated] = await tx
      .update(t.proposals)
      .set({ commentCount: sql`${t.proposals.commentCount} + 1` })
      .where(eq(t.proposals.id, row.id))
      .returning();
    return { comment: comment!, updated: updated! };
  });
  await publishProposals(access.board.id, [updated]);
  const people = await peopleFor(access.board, access.viewer);
  return { id: comment.id, parentId: comment.parentId, author: people(comment.authorId)!, body: comment.body, createdAt: comment.createdAt.toISOString() };
}
