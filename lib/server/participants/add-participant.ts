import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { TParticipant, TParticipantAdd } from '../../shared/schemas/participant';
import { requireBoardPermission } from '../boards/board-access';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import { getParticipantForManager } from './list-participants';

/** Puts a staff member of the board's workspace on the board, found by email. */
export async function addParticipant(opts: { actorId: string; boardId: string; input: TParticipantAdd }): Promise<TParticipant> {
  const { board } = await requireBoardPermission(opts.actorId, opts.boardId, 'members.manage');
  const db = getDb();
  const [member] = await db
    .select({ userId: t.users.id })
    .from(t.users)
    .innerJoin(t.workspaceMembers, and(eq(t.workspaceMembers.userId, t.users.id), eq(t.workspaceMembers.workspaceId, board.workspaceId)))
    .where(eq(sql`lower(${t.users.email})`, opts.input.email))
    .limit(1);
  if (!member) {
    throw new AppError('not_found', 'No staff member of this workspace has that email', { email: ['Not a member of this workspace'] });
  }
  const inserted = await db
    .insert(t.participants)
    .values({ boardId: board.id, userId: member.userId, role: opts.input.role, side: opts.input.side })
    .onConflictDoNothing()
    .returning();
  if (!inserted.length) throw new AppError('conflict', 'This person is already on the board', { email: ['Already on the board'] });
  getRuntime().sync?.recheckAccess(board.id, member.userId);
  return getParticipantForManager(board.id, member.userId, opts.actorId);
}
