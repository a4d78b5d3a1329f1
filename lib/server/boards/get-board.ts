import { and, eq, sql } from 'drizzle-orm';
import type { TBoard } from '../../shared/schemas/board';
import { getDb, t } from '../db';
import { requireBoardPermission } from './board-access';
import { toBoard } from './to-board';

/** A board the actor is on (404 otherwise). Opening it counts as a visit for the "recent" list. */
export async function getBoard(opts: { actorId: string; boardId: string }): Promise<TBoard> {
  const { board, participant } = await requireBoardPermission(opts.actorId, opts.boardId, 'board.read');
  // clock_timestamp(): microsecond resolution, so two quick visits keep their order.
  await getDb()
    .update(t.participants)
    .set({ lastVisitedAt: sql`clock_timestamp()` })
    .where(and(eq(t.participants.boardId, board.id), eq(t.participants.userId, opts.actorId)));
  return toBoard(board, participant);
}
