import { and, asc, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '../db';
import { t } from '../db';
import { inspectIntegrity, type IntegrityReport } from './doc-integrity';
import { roomKey, type RoomKind } from './update-log';

export interface LoadedRoom {
  /** Full state (checkpoint merged with the log after it). */
  state: Uint8Array;
  /** Highest seq included. */
  seq: number;
  /** Log rows after the newest checkpoint (drives the next checkpoint). */
  sinceCheckpoint: number;
  /** Owners of Yjs clientIDs on this board. */
  owners: Map<number, string>;
  /** What the log lacks for the state to be complete (null when nothing is pending). */
  integrity: IntegrityReport | null;
}

const where = (boardId: string, room: RoomKind) =>
  and(eq(t.boardUpdates.boardId, boardId), eq(t.boardUpdates.room, room));

/** Loads a room: the newest checkpoint plus every logged update after it. */
export async function loadRoom(db: Db, boardId: string, room: RoomKind): Promise<LoadedRoom> {
  const [checkpoint] = await db
    .select()
    .from(t.boardCheckpoints)
    .where(and(eq(t.boardCheckpoints.boardId, boardId), eq(t.boardCheckpoints.room, room)))
    .orderBy(desc(t.boardCheckpoints.seq))
    .limit(1);
  const rows = await readLog(db, boardId, room, checkpoint?.seq ?? 0);
  const parts = [...(checkpoint ? [checkpoint.data] : []), ...rows.map((r) => r.data)];
  const owners = await loadOwners(db, boardId);
  const doc = combineDoc(parts);
  const integrity = inspectIntegrity(doc);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return {
    state,
    integrity,
    seq: rows.length ? rows[rows.length - 1]!.seq : (checkpoint?.seq ?? 0),
    sinceCheckpoint: rows.length,
    owners,
  };
}

/** Log rows of a room with seq > `afterSeq` (and ≤ `upToSeq`), oldest first. */
export async function readLog(db: Db, boardId: string, room: RoomKind, afterSeq: number, upToSeq?: number) {
  return db
    .select({ seq: t.boardUpdates.seq, data: t.boardUpdates.data })
    .from(t.boardUpdates)
    .where(and(where(boardId, room), gt(t.boardUpdates.seq, afterSeq), upToSeq ? lte(t.boardUpdates.seq, upToSeq) : undefined))
    .orderBy(asc(t.boardUpdates.seq));
}

export async function loadOwners(db: Db, boardId: string): Promise<Map<number, string>> {
  const rows = await db
    .select({ clientId: t.yjsClients.clientId, userId: t.yjsClients.userId })
    .from(t.yjsClients)
    .where(eq(t.yjsClients.boardId, boardId));
  return new Map(rows.map((r) => [Number(r.clientId), r.userId]));
}

/**
 * Claims clientIDs of one board for their users unless someone already owns
 * them, and returns every owner (the database decides, so two server
 * processes agree). One insert and one select however many are claimed.
 */
export async function claimClientIds(db: Db, boardId: string, claims: Array<{ clientId: number; userId: string }>): Promise<Map<number, string>> {
  await db
    .insert(t.yjsClients)
    .values(claims.map((c) => ({ boardId, ...c })))
    .onConflictDoNothing();
  const rows = await db
    .select({ clientId: t.yjsClients.clientId, userId: t.yjsClients.userId })
    .from(t.yjsClients)
    .where(and(eq(t.yjsClients.boardId, boardId), inArray(t.yjsClients.clientId, [...new Set(claims.map((c) => c.clientId))])));
  return new Map(rows.map((r) => [Number(r.clientId), r.userId]));
}

/**
 * Writes a checkpoint at `seq` built from the database alone (previous
 * checkpoint + log up to seq), never from memory: in a scaled-out deployment
 * another process may hold updates with a lower seq this one has not seen.
 */
export async function writeCheckpoint(db: Db, boardId: string, room: RoomKind, seq: number): Promise<void> {
  const [previous] = await db
    .select()
    .from(t.boardCheckpoints)
    .where(and(eq(t.boardCheckpoints.boardId, boardId), eq(t.boardCheckpoints.room, room), lte(t.boardCheckpoints.seq, seq)))
    .orderBy(desc(t.boardCheckpoints.seq))
    .limit(1);
  if (previous?.seq === seq) return;
  const rows = await readLog(db, boardId, room, previous?.seq ?? 0, seq);
  if (!rows.length) return;
  const data = combine([...(previous ? [previous.data] : []), ...rows.map((r) => r.data)]);
  await db
    .insert(t.boardCheckpoints)
    .values({ boardId, room, seq: rows[rows.length - 1]!.seq, data: Buffer.from(data) })
    .onConflictDoNothing();
}

/**
 * Stores the seed content of a new board as update seq 1 (author null)
 * unless the room already has an update; returns false when it had one.
 */
/** Stores a new board's first content as seq 1 (unless something is there already), credited to `authorId`. */
export async function storeSeed(db: Db, boardId: string, room: RoomKind, data: Uint8Array, authorId: string | null): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${roomKey(boardId, room)}))`);
    const [existing] = await tx.select({ seq: t.boardUpdates.seq }).from(t.boardUpdates).where(where(boardId, room)).limit(1);
    if (existing) return false;
    await tx.insert(t.boardUpdates).values({ boardId, room, seq: 1, authorId, sessionId: null, size: data.byteLength, data: Buffer.from(data) });
    return true;
  });
}

/** Who created the board (null when their account is gone) and the template its content is seeded from (null: blank); null when there is no such board. */
export async function boardSeedInfo(db: Db, boardId: string): Promise<{ createdBy: string | null; template: string | null } | null> {
  const [row] = await db.select({ createdBy: t.boards.createdBy, template: t.boards.seedTemplate }).from(t.boards).where(eq(t.boards.id, boardId)).limit(1);
  return row ?? null;
}

/**
 * One update equivalent to all `parts`. Applied to a scratch document in one
 * transaction rather than `Y.mergeUpdates`, which slows down superlinearly
 * on thousands of small updates (30k took ~10 s; this takes well under 1 s).
 */
export function combine(parts: Uint8Array[]): Uint8Array {
  const doc = combineDoc(parts);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

export function combineDoc(parts: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    for (const part of parts) Y.applyUpdate(doc, part);
  });
  return doc;
}
