import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { REASON } from '../../shared/policy';
import { ZBoardChange, type TBoardChange } from '../../shared/schemas/board-change';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import type { Credit } from '../sync/credit';

/**
 * The one way the server changes a board's content on someone's behalf (an
 * accepted proposal, a restore): the change is plain data, applied by the
 * sync server as one update credited to `credit.authorId` (and
 * `acceptedBy`, `proposalId`, `sessionId`), stored and broadcast like any
 * other. Whether the person may ask for it is the caller's rule-book
 * question (e.g. `proposal.decide`); this refuses only what no one may do.
 */
export async function applyAsServer(opts: { boardId: string; change: TBoardChange; credit: Credit }): Promise<{ created: string[] }> {
  const change = ZBoardChange.parse(opts.change);
  const [board] = await getDb().select({ archivedAt: t.boards.archivedAt }).from(t.boards).where(eq(t.boards.id, opts.boardId)).limit(1);
  if (!board) throw new AppError('not_found', 'No such board');
  if (board.archivedAt) throw new AppError('conflict', REASON.archived);
  const sync = getRuntime().sync;
  if (!sync) throw new AppError('unavailable', 'The sync server is not running');
  const result = await sync.applyAsServer({ boardId: opts.boardId, change, credit: opts.credit });
  if ('missing' in result) throw new AppError('conflict', `The board changed meanwhile: ${result.missing}`);
  return result;
}
