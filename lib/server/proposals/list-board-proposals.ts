import { and, desc, eq, type SQL } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { ProposalStatus } from '../../shared/schemas/proposal';
import { getDb, t } from '../db';

/** Every proposal of a board, newest first, with its author's name (an operator view: no actor, private ones included). */
export async function listBoardProposals(opts: { boardId: string; status?: ProposalStatus }) {
  const [board] = await getDb().select({ id: t.boards.id }).from(t.boards).where(eq(t.boards.id, opts.boardId)).limit(1);
  if (!board) throw new AppError('not_found', `No board with id ${opts.boardId}`);
  const where: SQL[] = [eq(t.proposals.boardId, board.id)];
  if (opts.status) where.push(eq(t.proposals.status, opts.status));
  return getDb()
    .select({
      id: t.proposals.id,
      status: t.proposals.status,
      kind: t.proposals.kind,
      author: t.users.name,
      endorsements: t.proposals.endorsementCount,
      private: t.proposals.hidden,
      title: t.proposals.title,
      proposedText: t.proposals.proposedText,
      createdAt: t.proposals.createdAt,
    })
    .from(t.proposals)
    .innerJoin(t.users, eq(t.users.id, t.proposals.authorId))
    .where(and(...where))
    .orderBy(desc(t.proposals.createdAt), desc(t.proposals.id));
}
