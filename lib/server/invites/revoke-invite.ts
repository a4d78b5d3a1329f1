import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { Actor } from '../auth/actor';
import { requireBoardPermission } from '../boards/board-access';
import { getDb, t } from '../db';

/** Stops a board invite link from working. Revoking twice is harmless. */
export async function revokeInvite(opts: { actor: Actor; boardId: string; inviteId: string }): Promise<void> {
  const { board } = await requireBoardPermission(opts.actor.userId, opts.boardId, 'invites.manage');
  const db = getDb();
  const onBoard = and(eq(t.invites.id, opts.inviteId), eq(t.invites.boardId, board.id));
  const [invite] = await db.select({ id: t.invites.id }).from(t.invites).where(onBoard).limit(1);
  if (!invite) throw new AppError('not_found', 'No such invite');
  await db.update(t.invites).set({ revokedAt: new Date() }).where(and(onBoard, isNull(t.invites.revokedAt)));
}
