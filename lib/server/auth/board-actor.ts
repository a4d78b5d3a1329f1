import { and, eq, inArray } from 'drizzle-orm';
import { batchPerTurn } from '../batch-per-turn';
import { findBoardAccess, type BoardAccess } from '../boards/board-access';
import { getDb, t, type Db } from '../db';
import { bearerToken, decodeSession, resolveActor, sessionActor, type Actor, type CredentialSource } from './actor';
import { readSessionToken } from './cookies';

/**
 * Who is asking and what they are on one board (null access: not on it).
 * With a session cookie it is one query, user and participation together:
 * socket admission runs this for every person joining a workshop at once.
 */
export async function resolveActorOnBoard(source: CredentialSource, boardId: string): Promise<{ actor: Actor; access: BoardAccess | null } | null> {
  if (bearerToken(source)) {
    const actor = await resolveActor(source);
    return actor && { actor, access: await findBoardAccess(actor.userId, boardId) };
  }
  const jwt = readSessionToken(source.cookie);
  const session = jwt ? await decodeSession(jwt) : null;
  if (!session) return null;
  const row = await userOnBoard({ userId: session.userId, boardId });
  const actor = sessionActor(row?.user, session);
  if (!actor) return null;
  return { actor, access: row?.participant && row.board ? { board: row.board, participant: row.participant } : null };
}

export type UserOnBoard = { user: typeof t.users.$inferSelect; participant: typeof t.participants.$inferSelect | null; board: typeof t.boards.$inferSelect | null };
const pairKey = (p: { userId: string; boardId: string }) => `${p.userId}/${p.boardId}`;

/** A user and their participation on a board, for every (user, board) asked in this turn at once. */
const userOnBoard = batchPerTurn((pairs: Array<{ userId: string; boardId: string }>) => usersOnBoards(getDb(), pairs), pairKey);

/** Users (keyed `userId/boardId`; missing users left out) with their participation on the paired board, in one query. */
export async function usersOnBoards(db: Db, pairs: Array<{ userId: string; boardId: string }>): Promise<Map<string, UserOnBoard>> {
  const userIds = [...new Set(pairs.map((p) => p.userId))];
  const boardIds = [...new Set(pairs.map((p) => p.boardId))];
  const rows = await db
    .select({ user: t.users, participant: t.participants, board: t.boards })
    .from(t.users)
    .leftJoin(t.participants, and(eq(t.participants.userId, t.users.id), inArray(t.participants.boardId, boardIds)))
    .leftJoin(t.boards, eq(t.boards.id, t.participants.boardId))
    .where(inArray(t.users.id, userIds));
  const users = new Map(rows.map((r) => [r.user.id, r.user]));
  // Only the row of this very board counts: a user asked for two boards in one batch gets each its own.
  const onBoard = new Map(rows.flatMap((r) => (r.participant ? [[pairKey({ userId: r.user.id, boardId: r.participant.boardId }), r] as const] : [])));
  const found = new Map<string, UserOnBoard>();
  for (const pair of pairs) {
    const user = users.get(pair.userId);
    const row = onBoard.get(pairKey(pair));
    if (user) found.set(pairKey(pair), { user, participant: row?.participant ?? null, board: row?.board ?? null });
  }
  return found;
}
