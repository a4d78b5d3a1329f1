import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb, t } from '../db';
import { requireProposalAccess } from './proposal-access';
import { publishProposals } from './publish-proposals';

/** Publishes every private proposal of the board at once, with their authors as the board's visibility says. */
export async function revealProposals(opts: { actor: Actor; boardId: string }): Promise<{ revealed: number }> {
  const access = await requireProposalAccess(opts.actor, opts.boardId, 'proposal.decide');
  const rows = await getDb().transaction(async (tx) => {
    const rows = await tx
      .update(t.proposals)
      .set({ hidden: false, updatedAt: new Date() })
      .where(and(eq(t.proposals.boardId, access.board.id), eq(t.proposals.hidden, true)))
      .returning();
    if (rows.length) await tx.insert(t.proposalDecisions).values(rows.map((r) => ({ proposalId: r.id, action: 'reveal' as const, actorId: opts.actor.userId, fromStatus: r.status })));
    return rows;
  });
  await publishProposals(access.board.id, rows, { revealed: true });
  return { revealed: rows.length };
}
