import { and, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { can, type Permission } from '../../shared/roles';
import type { Actor } from '../auth/actor';
import { getDb, t } from '../db';

export type BoardRow = typeof t.boards.$inferSelect;
export type ParticipantRow = typeof t.participants.$inferSelect;

export interface BoardAccess {
  board: BoardRow;
  participant: ParticipantRow;
}

/** The board and the actor's participation in it, or null when either is missing. */
export async function findBoardAccess(userId: string, boardId: string): Promise<BoardAccess | null> {
  const [row] = await getDb()
    .select({ board: t.boards, participant: t.participants })
    .from(t.boards)
    .innerJoin(t.participants, and(eq(t.participants.boardId, t.boards.id), eq(t.participants.userId, userId)))
    .where(eq(t.boards.id, boardId))
    .limit(1);
  return row ?? null;
}

/**
 * Authorises an actor on a board. People who are not on the board get 404
 * (a board's existence is not revealed); people on it without the right get 403.
 */
export async function requireBoardPermission(actor: Actor, boardId: string, permission: Permission): Promise<BoardAccess> {
  const access = await findBoardAccess(actor.userId, boardId);
  if (!access) throw new AppError('not_found', 'No such board');
  if (!can(access.participant.role, permission)) {
    throw new AppError('forbidden', 'Your role on this board does not allow this');
  }
  return access;
}
