import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { t } from '../db';
import { logger } from '../log';

export type RoomKind = 'content' | 'control';

/** One update waiting for its group commit. */
export interface PendingUpdate {
  boardId: string;
  room: RoomKind;
  authorId: string | null;
  sessionId: string | null;
  data: Uint8Array;
  receivedAt: number;
}

export interface CommittedBatch {
  /** Highest committed seq per `${boardId}/${room}`. */
  lastSeq: Map<string, number>;
  count: number;
  /** Receipt-to-commit lag of each update in ms. */
  lagsMs: number[];
}

export interface UpdateLogOptions {
  db: Db;
  /** Longest an update waits before its batch is written. */
  maxDelayMs?: number;
  /** A batch is written at once when it holds this many updates. */
  maxBatch?: number;
  onCommit?: (batch: CommittedBatch) => void;
  onError?: (error: unknown) => void;
}

export const roomKey = (boardId: string, room: RoomKind) => `${boardId}/${room}`;

/**
 * The append-only update log with group commit: updates queue for a few ms
 * and go to the database together in one transaction. Seqs are assigned
 * inside the transaction under a per-room advisory lock, so several server
 * processes can append to one board. A failed write keeps the batch at the
 * head of the queue and retries with backoff: nothing is dropped, and
 * nothing older is ever written over newer data (the log only appends).
 */
export class UpdateLog {
  private queue: PendingUpdate[] = [];
  private claims: Array<{ boardId: string; clientId: number; userId: string }> = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private failures = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly maxDelayMs: number;
  private readonly maxBatch: number;

  constructor(private readonly opts: UpdateLogOptions) {
    this.maxDelayMs = opts.maxDelayMs ?? 2;
    this.maxBatch = opts.maxBatch ?? 500;
  }

  get pending(): number {
    return this.queue.length;
  }

  append(update: PendingUpdate): void {
    this.queue.push(update);
    this.schedule(this.queue.length >= this.maxBatch ? 0 : this.maxDelayMs);
  }

  /** Records a clientID's owner with the next batch (used when the direct claim could not reach the database). */
  appendClaim(claim: { boardId: string; clientId: number; userId: string }): void {
    this.claims.push(claim);
    this.schedule(this.maxDelayMs);
  }

  /** Resolves when everything queued so far (for the given room, or all) is committed. */
  async flush(): Promise<void> {
    while (this.queue.length || this.claims.length || this.writing) {
      if (!this.writing) this.schedule(0);
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  hasPendingFor(boardId: string, room: RoomKind): boolean {
    return this.queue.some((u) => u.boardId === boardId && u.room === room);
  }

  private schedule(delayMs: number): void {
    if (this.writing) return;
    if (this.timer && delayMs > 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.write(), delayMs);
  }

  private async write(): Promise<void> {
    this.timer = null;
    if (this.writing || (!this.queue.length && !this.claims.length)) return this.settle();
    const batch = this.queue.slice(0, this.maxBatch * 4);
    const claims = this.claims.slice();
    let done!: () => void;
    this.writing = new Promise<void>((r) => (done = r));
    try {
      const lastSeq = await writeBatch(this.opts.db, batch, claims);
      this.queue.splice(0, batch.length);
      this.claims.splice(0, claims.length);
      this.failures = 0;
      const now = Date.now();
      this.opts.onCommit?.({ lastSeq, count: batch.length, lagsMs: batch.map((u) => now - u.receivedAt) });
    } catch (error) {
      if (isMissingBoard(error)) await this.dropDeletedBoards();
      this.failures++;
      this.opts.onError?.(error);
      logger().error({ err: error, queued: this.queue.length, failures: this.failures }, 'sync: update log write failed; retrying');
    } finally {
      this.writing = null;
      done();
    }
    if (this.queue.length || this.claims.length) {
      const backoff = this.failures ? Math.min(2000, 25 * 2 ** Math.min(this.failures, 7)) : 0;
      this.schedule(backoff);
      if (backoff) this.settle();
    } else this.settle();
  }

  /** A board deleted while its room was open can never take its updates: drop them instead of retrying forever. */
  private async dropDeletedBoards(): Promise<void> {
    try {
      const ids = [...new Set(this.queue.map((u) => u.boardId).concat(this.claims.map((c) => c.boardId)))];
      const rows = await this.opts.db.select({ id: t.boards.id }).from(t.boards).where(inArray(t.boards.id, ids));
      const alive = new Set(rows.map((r) => r.id));
      this.queue = this.queue.filter((u) => alive.has(u.boardId));
      this.claims = this.claims.filter((c) => alive.has(c.boardId));
    } catch {
      /* the database is down: retry later */
    }
  }

  private settle(): void {
    const waiters = this.idleWaiters.splice(0);
    for (const w of waiters) w();
  }
}

async function writeBatch(db: Db, batch: PendingUpdate[], claims: Array<{ boardId: string; clientId: number; userId: string }>) {
  const lastSeq = new Map<string, number>();
  const groups = new Map<string, PendingUpdate[]>();
  for (const u of batch) {
    const key = roomKey(u.boardId, u.room);
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  await db.transaction(async (tx) => {
    if (claims.length) {
      await tx.insert(t.yjsClients).values(claims).onConflictDoNothing();
    }
    for (const [key, updates] of groups) {
      const { boardId, room } = updates[0]!;
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
      const [row] = await tx
        .select({ max: sql<number>`coalesce(max(${t.boardUpdates.seq}), 0)` })
        .from(t.boardUpdates)
        .where(sql`${t.boardUpdates.boardId} = ${boardId} and ${t.boardUpdates.room} = ${room}`);
      let seq = Number(row?.max ?? 0);
      const values = updates.map((u) => ({
        boardId,
        room,
        seq: ++seq,
        authorId: u.authorId,
        sessionId: u.sessionId,
        size: u.data.byteLength,
        data: Buffer.from(u.data.buffer, u.data.byteOffset, u.data.byteLength),
        createdAt: new Date(u.receivedAt),
      }));
      await tx.insert(t.boardUpdates).values(values);
      lastSeq.set(key, seq);
    }
  });
  return lastSeq;
}

function isMissingBoard(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23503' || e?.cause?.code === '23503';
}
