import { and, asc, desc, eq, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { TBoard, TBoardListQuery } from '../../shared/schemas/board';
import { getDb, t } from '../db';
import { toBoard } from './to-board';

const RECENT_LIMIT = 20;

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The boards the actor participates in. `recent` lists the boards the actor
 * opened last (most recent first), leaving out archived ones.
 */
export async function listBoards(opts: { actorId: string; q?: string; filter: TBoardListQuery['filter'] }): Promise<TBoard[]> {
  const conditions: Array<SQL | undefined> = [eq(t.participants.userId, opts.actorId)];
  if (opts.q) {
    const pattern = likePattern(opts.q);
    conditions.push(or(ilike(t.boards.name, pattern), ilike(t.boards.description, pattern)));
  }
  if (opts.filter === 'archived') conditions.push(isNotNull(t.boards.archivedAt));
  else conditions.push(isNull(t.boards.archivedAt));
  if (opts.filter === 'recent') conditions.push(isNotNull(t.participants.lastVisitedAt));

  const query = getDb()
    .select({ board: t.boards, participant: t.participants })
    .from(t.participants)
    .innerJoin(t.boards, eq(t.boards.id, t.participants.boardId))
    .where(and(...conditions));
  const rows =
    opts.filter === 'recent'
      ? await query.orderBy(desc(t.participants.lastVisitedAt)).limit(RECENT_LIMIT)
      : opts.filter === 'archived'
        ? await query.orderBy(desc(t.boards.archivedAt), asc(t.boards.id))
        : await query.orderBy(desc(t.boards.updatedAt), asc(t.boards.id));
  return rows.map((r) => toBoard(r.board, r.participant));
}
