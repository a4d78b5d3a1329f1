import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../lib/server/db';
import { t } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import { policyContext } from '../../lib/shared/policy';
import { socketRights } from './admission';
import { CloseCode } from './close-codes';
import type { Connection } from './connection';

/**
 * Re-reads a board's settings and the participation of the given sockets'
 * users (one query) and applies it: removed people are disconnected,
 * changed roles take effect on the next message.
 */
export async function recheckBoard(db: Db, boardId: string, conns: Connection[]): Promise<void> {
  try {
    const userIds = [...new Set(conns.map((c) => c.userId))];
    const [board] = await db
      .select({
        customerEditMode: t.boards.customerEditMode,
        customerVisibility: t.boards.customerVisibility,
        archivedAt: t.boards.archivedAt,
        editorsDecideProposals: t.boards.editorsDecideProposals,
        moderatorsSeePrivate: t.boards.moderatorsSeePrivate,
      })
      .from(t.boards).where(eq(t.boards.id, boardId)).limit(1);
    const rows = board
      ? await db
          .select({ userId: t.participants.userId, role: t.participants.role, side: t.participants.side })
          .from(t.participants)
          .where(and(eq(t.participants.boardId, boardId), inArray(t.participants.userId, userIds)))
      : [];
    const byUser = new Map(rows.map((r) => [r.userId, r]));
    for (const conn of conns) {
      const p = byUser.get(conn.userId);
      if (!board) conn.close(CloseCode.notFound, 'board deleted');
      else if (!p) conn.close(CloseCode.forbidden, 'removed from the board');
      else conn.admission = { ...conn.admission, ...socketRights(conn.admission.room, policyContext(p, board)) };
    }
  } catch (err) {
    logger().warn({ err, board: boardId }, 'sync: access recheck failed (database unavailable?)');
  }
}
