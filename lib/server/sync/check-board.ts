import * as Y from 'yjs';
import type { Db } from '../db';
import { notFound } from '../../shared/errors';
import type { MissingRange } from './doc-integrity';
import type { RoomCopy } from './room-copies';
import { eq } from 'drizzle-orm';
import { t } from '../db';
import { boardSeedInfo, loadRoom } from './room-storage';
import { roomKey, UpdateLog, type RoomKind } from './update-log';

const MAX_PASSES = 10;

export interface RoomCheck {
  room: RoomKind;
  /** Gaps in the log, each with the clientID's owner (null: never claimed). */
  missing: Array<MissingRange & { authorId: string | null }>;
  /** Structs held back behind the gaps, per client, with their owner. */
  heldBack: Array<{ client: number; from: number; to: number; authorId: string | null }>;
  pendingDeletes: number;
  /** Gaps written back to the log from a copy, and where the copy came from. */
  repaired: Array<{ client: number; from: number; source: string; seq: number }>;
}

/**
 * `coscript board check`: loads each room of a board from checkpoint + log
 * and reports what a gap holds back. With `copies` (what running processes
 * or a client hold in memory) it writes each gap back: the structs of the
 * gap's client from the start of the gap, as one log row credited to that
 * clientID's owner. It cannot invent what no copy holds.
 */
export async function checkBoard(opts: { db: Db; boardId: string; copies?: () => Promise<RoomCopy[]> }): Promise<{ rooms: RoomCheck[]; complete: boolean }> {
  const { db, boardId } = opts;
  if (!(await boardSeedInfo(db, boardId))) throw notFound('No such board');
  let copies: RoomCopy[] | null = null;
  const rooms: RoomCheck[] = [];
  for (const room of await roomsOf(db, boardId)) {
    let { integrity, owners } = await loadRoom(db, boardId, room);
    const repaired: RoomCheck['repaired'] = [];
    // Filling one gap can uncover the next (structs that were held back may themselves build on something missing).
    for (let pass = 0; integrity && opts.copies && pass < MAX_PASSES; pass++) {
      copies ??= await opts.copies();
      let lastSeq = 0;
      const log = new UpdateLog({ db, maxDelayMs: 0, onCommit: (batch) => (lastSeq = batch.lastSeq.get(roomKey(boardId, room)) ?? lastSeq) });
      const before = repaired.length;
      for (const gap of integrity.missing) {
        const copy = copies.find((c) => c.room === room && holds(c.state, gap));
        if (!copy) continue;
        log.append({ boardId, room, authorId: owners.get(gap.client) ?? null, sessionId: null, data: structsFrom(copy.state, gap), receivedAt: Date.now() });
        await log.flush();
        repaired.push({ client: gap.client, from: gap.from, source: copy.source, seq: lastSeq });
      }
      if (repaired.length === before) break;
      ({ integrity, owners } = await loadRoom(db, boardId, room));
    }
    const author = (client: number) => owners.get(client) ?? null;
    rooms.push({
      room,
      missing: (integrity?.missing ?? []).map((m) => ({ ...m, authorId: author(m.client) })),
      heldBack: (integrity?.heldBack ?? []).map((h) => ({ ...h, authorId: author(h.client) })),
      pendingDeletes: integrity?.pendingDeletes.length ?? 0,
      repaired,
    });
  }
  return { rooms, complete: rooms.every((r) => !r.missing.length && !r.heldBack.length && !r.pendingDeletes) };
}

function holds(state: Uint8Array, gap: MissingRange): boolean {
  return (Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state)).get(gap.client) ?? 0) >= (gap.to ?? gap.from + 1);
}

/** The copy's structs of the gap's client from the gap on (and its deletions): nothing of other clients. */
function structsFrom(state: Uint8Array, gap: MissingRange): Uint8Array {
  const sv = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state));
  sv.set(gap.client, gap.from);
  return Y.diffUpdate(state, Y.encodeStateVector(sv));
}

/** Every room the board has a log for (content, control and each audience's control document). */
async function roomsOf(db: Db, boardId: string): Promise<RoomKind[]> {
  const rows = await db.selectDistinct({ room: t.boardUpdates.room }).from(t.boardUpdates).where(eq(t.boardUpdates.boardId, boardId));
  return [...new Set<RoomKind>(['content', ...rows.map((r) => r.room)])].sort();
}
