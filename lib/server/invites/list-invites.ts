import { desc, eq } from 'drizzle-orm';
import type { TInvite } from '../../shared/schemas/invite';
import type { Actor } from '../auth/actor';
import { requireBoardPermission } from '../boards/board-access';
import { getDb, t } from '../db';
import { toInvite } from './to-invite';

/** A board's invite links, newest first, each with its current status. */
export async function listInvites(opts: { actor: Actor; boardId: string }): Promise<TInvite[]> {
  const { board } = await requireBoardPermission(opts.actor.userId, opts.boardId, 'invites.manage');
  const rows = await getDb().select().from(t.invites).where(eq(t.invites.boardId, board.id)).orderBy(desc(t.invites.createdAt));
  const now = new Date();
  return rows.map((row) => toInvite(row, now));
}
