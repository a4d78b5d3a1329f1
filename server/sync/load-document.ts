import type { Db } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import type { IntegrityReport } from '../../lib/server/sync/doc-integrity';
import { boardSeedInfo, loadRoom, storeSeed } from '../../lib/server/sync/room-storage';
import type { RoomKind } from '../../lib/server/sync/update-log';
import { CloseCode, SocketRefusal } from './close-codes';
import type { LoadedDocument } from './hooks';
import { metrics } from './metrics';
import { seedContent } from './seed-content';

/**
 * The `loadDocument` hook: checkpoint + log; new boards get their seed
 * content as seq 1, credited to whoever created the board. A log that
 * leaves structs pending is refused (refuseIncomplete), never served as if
 * it were the board.
 */
export async function loadDocument(db: Db, boardId: string, kind: RoomKind): Promise<LoadedDocument> {
  let loaded = await loadRoom(db, boardId, kind);
  if (loaded.seq === 0 && kind === 'content') {
    const board = await boardSeedInfo(db, boardId);
    if (board) {
      await storeSeed(db, boardId, kind, seedContent(board.template), board.createdBy);
      loaded = await loadRoom(db, boardId, kind);
    }
  }
  if (loaded.integrity) refuseIncomplete(boardId, kind, loaded.integrity, loaded.owners);
  return loaded;
}

/**
 * A gap in the log: what its authors wrote after the missing updates is held
 * back too, and a client would see (and build on) a board with pieces
 * silently missing. Loud log, a metric, and 4503 until an operator runs
 * `coscript board check --repair`.
 */
function refuseIncomplete(boardId: string, kind: RoomKind, report: IntegrityReport, owners: Map<number, string>): never {
  metrics.integrityErrors.inc({ room: kind });
  const authors = [...new Set([...report.missing, ...report.heldBack].map((r) => owners.get(r.client) ?? 'unknown'))];
  logger().error(
    { event: 'sync.integrity', board: boardId, room: kind, missing: report.missing, heldBack: report.heldBack, pendingDeletes: report.pendingDeletes.length, authors },
    'sync: INTEGRITY ERROR: the update log lacks updates later ones build on; board refused until `coscript board check --repair`',
  );
  throw new SocketRefusal(CloseCode.unavailable, 'board incomplete in storage (integrity error); an operator must run coscript board check');
}
