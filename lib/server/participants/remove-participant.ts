import { and, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { requireBoardPermission } from '../boards/board-access';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import { assertNotLastOwner } from './last-owner';

/** Takes someone off a board: owners remove anyone, everyone may leave. The last owner stays. */
export async function removeParticipant(opts: { actorId: string; boardId: string; userId: string }): Promise<void> {
  const leaving = opts.userId === opts.actorId;
  const { board } = await requireBoardPermission(opts.actorId, opts.boardId, leaving ? 'board.read' : 'members.manage');
  const where = and(eq(t.participants.boardId, board.id), eq(t.participants.userId, opts.userId));
  await getDb().transaction(async (tx) => {
    const [target] = await tx.select().from(t.participants).where(where).limit(1);
    if (!target) throw new AppError('not_found', 'No such participant');
    if (target.role === 'owner') await assertNotLastOwner(tx, board.id, target.userId);
    await tx.delete(t.participants).where(where);
  });
  getRuntime().sync?.recheckAccess(board.id, opts.userId);
}
