import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import { requireBoardPermission } from './board-access';

/** Deletes a board with everything on it; the owner confirms by typing its exact name. */
export async function deleteBoard(opts: { actorId: string; boardId: string; confirmName: string }): Promise<void> {
  const { board } = await requireBoardPermission(opts.actorId, opts.boardId, 'board.delete');
  if (opts.confirmName !== board.name) {
    throw new AppError('bad_request', 'Type the board name exactly to delete it', { confirmName: ['Does not match the board name'] });
  }
  await getDb().delete(t.boards).where(eq(t.boards.id, board.id));
  // Open sockets on the board find no participation any more and close.
  getRuntime().sync?.recheckAccess(board.id);
}
