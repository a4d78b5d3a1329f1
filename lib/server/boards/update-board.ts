import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { Action } from '../../shared/policy';
import type { TBoard, TBoardUpdate } from '../../shared/schemas/board';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import { assertAllowed, requireBoardPermission } from './board-access';
import { republishProposals } from '../proposals/republish-proposals';
import { toBoard } from './to-board';

/** Which rule each field is decided by: moderators edit the words, only owners the settings. */
function actionsFor(input: TBoardUpdate): Action[] {
  const needed = new Set<Action>();
  if (input.archived !== undefined) needed.add('board.archive');
  if (input.name !== undefined || input.description !== undefined) needed.add('board.rename');
  if (input.customerEditMode !== undefined || input.customerVisibility !== undefined || input.editorsDecideProposals !== undefined || input.moderatorsSeePrivate !== undefined) needed.add('board.settings');
  return [...needed];
}

/** Renames, describes, changes settings of, archives or restores a board. */
export async function updateBoard(opts: { actorId: string; boardId: string; input: TBoardUpdate }): Promise<TBoard> {
  const { input } = opts;
  const access = await requireBoardPermission(opts.actorId, opts.boardId, 'board.read');
  const { board, participant } = access;
  const archivedAt = input.archived === undefined ? undefined : input.archived ? (board.archivedAt ?? new Date()) : null;
  // Restoring and renaming in one request is fine: the other fields are judged on the board as it will be.
  for (const action of actionsFor(input)) assertAllowed(access, action, action === 'board.archive' ? {} : { archivedAt: archivedAt === undefined ? board.archivedAt : archivedAt });
  const [updated] = await getDb()
    .update(t.boards)
    .set({
      name: input.name,
      description: input.description,
      customerEditMode: input.customerEditMode,
      customerVisibility: input.customerVisibility,
      editorsDecideProposals: input.editorsDecideProposals,
      moderatorsSeePrivate: input.moderatorsSeePrivate,
      archivedAt,
      updatedAt: sql`now()`,
    })
    .where(eq(t.boards.id, board.id))
    .returning();
  if (!updated) throw new AppError('not_found', 'No such board');
  const changesAccess = input.customerEditMode !== undefined || input.customerVisibility !== undefined || input.editorsDecideProposals !== undefined || input.moderatorsSeePrivate !== undefined || input.archived !== undefined;
  if (changesAccess) getRuntime().sync?.recheckAccess(board.id);
  if (input.customerVisibility !== undefined || input.moderatorsSeePrivate !== undefined) await republishProposals(board.id);
  return toBoard(updated, participant);
}
