import { and, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { TParticipant, TParticipantUpdate } from '../../shared/schemas/participant';
import { requireBoardPermission } from '../boards/board-access';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import { assertNotLastOwner } from './last-owner';
import { getParticipantForManager } from './list-participants';

/** Changes someone's role or side on a board; the last owner cannot be demoted. */
export async function updateParticipant(opts: {
  actorId: string;
  boardId: string;
  userId: string;
  input: TParticipantUpdate;
}): Promise<TParticipant> {
  const { board } = await requireBoardPermission(opts.actorId, opts.boardId, 'members.manage');
  const where = and(eq(t.participants.boardId, board.id), eq(t.participants.userId, opts.userId));
  await getDb().transaction(async (tx) => {
    const [target] = await tx.select().from(t.participants).where(where).limit(1);
    if (!target) throw new AppError('not_found', 'No such participant');
    if (target.role === 'owner' && opts.input.role && opts.input.role !== 'owner') {
      await assertNotLastOwner(tx, board.id, target.userId);
    }
    await tx.update(t.participants).set({ role: opts.input.role, side: opts.input.side }).where(where);
  });
  getRuntime().sync?.recheckAccess(board.id, opts.userId);
  return getParticipantForManager(board.id, opts.userId, opts.actorId);
}
