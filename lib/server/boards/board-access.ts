import { and, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { decide, policyContext, type Action } from '../../shared/policy';
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
 * Authorises an actor on a board by asking the rule book. People who are not
 * on the board get 404 (a board's existence is not revealed); people on it
 * without the right get 403, and a change the board's state refuses (it is
 * archived) 409, each with the rule book's reason.
 */
export async function requireBoardPermission(actorId: string, boardId: string, action: Action): Promise<BoardAccess> {
  const access = await findBoardAccess(actorId, boardId);
  if (!access) throw new AppError('not_found', 'No such board');
  assertAllowed(access, action);
  return access;
}

/** Throws the rule book's refusal of `action` as an API error. */
export function assertAllowed(access: Pick<BoardAccess, 'board' | 'participant'>, action: Action, board: Partial<Pick<BoardRow, 'archivedAt'>> = {}): void {
  const decision = decide(policyContext(access.participant, { ...access.board, ...board }), action);
  if (!decision.allowed) throw new AppError(decision.code, decision.reason);
}
