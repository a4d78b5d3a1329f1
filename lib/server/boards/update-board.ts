import { eq, sql } from 'drizzle-orm';
import { can, type Permission } from '../../shared/roles';
import { AppError } from '../../shared/errors';
import type { TBoard, TBoardUpdate } from '../../shared/schemas/board';
import type { Actor } from '../auth/actor';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import { requireBoardPermission } from './board-access';
import { toBoard } from './to-board';

/** Which permission each field needs: moderators edit the words, only owners the settings. */
function permissionsFor(input: TBoardUpdate): Permission[] {
  const needed = new Set<Permission>();
  if (input.name !== undefined || input.description !== undefined) needed.add('board.update');
  if (input.customerEditMode !== undefined || input.customerVisibility !== undefined) needed.add('board.settings');
  if (input.archived !== undefined) needed.add('board.archive');
  return [...needed];
}

/** Renames, describes, changes settings of, archives or restores a board. */
export async function updateBoard(opts: { actor: Actor; boardId: string; input: TBoardUpdate }): Promise<TBoard> {
  const { input } = opts;
  const { board, participant } = await requireBoardPermission(opts.actor, opts.boardId, 'board.read');
  for (const permission of permissionsFor(input)) {
    if (!can(participant.role, permission)) throw new AppError('forbidden', 'Your role on this board does not allow this change');
  }
  const archivedAt = input.archived === undefined ? undefined : input.archived ? (board.archivedAt ?? new Date()) : null;
  const [updated] = await getDb()
    .update(t.boards)
    .set({
      name: input.name,
      description: input.description,
      customerEditMode: input.customerEditMode,
      customerVisibility: input.customerVisibility,
      archivedAt,
      updatedAt: sql`now()`,
    })
    .where(eq(t.boards.id, board.id))
    .returning();
  if (!updated) throw new AppError('not_found', 'No such board');
  const changesAccess = input.customerEditMode !== undefined || input.customerVisibility !== undefined || input.archived !== undefined;
  if (changesAccess) getRuntime().sync?.recheckAccess(board.id);
  return toBoard(updated, participant);
}
