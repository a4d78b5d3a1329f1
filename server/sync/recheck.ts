import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../lib/server/db';
import { t } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import { canWriteContent } from '../../lib/shared/roles';
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
    const [board] = await db.select({ mode: t.boards.customerEditMode, visibility: t.boards.customerVisibility }).from(t.boards).where(eq(t.boards.id, boardId)).limit(1);
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
      else {
        const canWrite = conn.admission.room === 'content' && canWriteContent(p.role, p.side, board.mode);
        const anonymousToPeers = p.side === 'customer' && board.visibility === 'anonymous';
        conn.admission = { ...conn.admission, role: p.role, side: p.side, canWrite, anonymousToPeers };
      }
    }
  } catch (err) {
    logger().warn({ err, board: boardId }, 'sync: access recheck failed (database unavailable?)');
  }
}
