import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { t } from '../db';
import { groupBy } from '../group-by';
import { logger } from '../log';

/** `control:<audience>`: server-owned state for one audience (lib/server/sync/audience.ts). */
export type RoomKind = 'content' | 'control' | `control:${string}`;

/** One update waiting for its group commit. */
export interface PendingUpdate {
  boardId: string;
  room: RoomKind;
  authorId: string | null;
  sessionId: string | null;
  acceptedBy?: string | null;
  proposalId?: string | null;
  /** Scale-out: the id other processes know it by (fanout-redis.ts); stored once under it, whoever stores it. */
  originId?: Uint8Array | null;
  data: Uint8Array;
  receivedAt: number;
}

export interface CommittedBatch {
  /** Highest committed seq per `${boardId}/${room}`. */
  lastSeq: Map<string, number>;
  count: number;
  /** Receipt-to-commit lag of each update in ms. */
  lagsMs: number[];
  /** The committed updates, in the order they were appended. */
  updates: PendingUpdate[];
}

export interface UpdateLogOptions {
  db: Db;
  /** Longest an update waits before its batch is written. */
  maxDelayMs?: number;
  /** A batch is written at once when it holds this many updates. */
  maxBatch?: number;
  onCommit?: (batch: CommittedBatch) => void;
  onError?: (error: unknown) => void;
  /** Another process took the seqs a batch was about to take (it is retried at once). */
  onSeqClash?: () => void;
}

export const roomKey = (boardId: string, room: RoomKind) => `${boardId}/${room}`;

/**
 * The append-only update log with group commit: updates queue for a few ms
 * and go to the database together. Each room's updates take the seqs after
 * its highest in one statement; when another process appended in between
 * (scale-out), the primary key refuses the clash and the batch is retried at
 * once with fresh seqs. A failed write keeps the batch at the head of the
 * queue and retries with backoff: nothing is dropped, and nothing older is
 * ever written over newer data (the log only appends).
 */
export class UpdateLog {
  private queue: PendingUpdate[] = [];
  private claims: PendingClaim[] = [];
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

  /**
   * Records a clientID's owner with the next batch (a single process's
   * claims, and claims the database could not take directly). Resolves once
   * it is committed.
   */
  appendClaim(claim: Claim): Promise<void> {
    return new Promise((committed) => {
      this.claims.push({ claim, committed });
      this.schedule(this.maxDelayMs);
    });
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
      const lastSeq = await writeBatch(this.opts.db, batch, claims.map((c) => c.claim), () => this.opts.onSeqClash?.());
      this.queue.splice(0, batch.length);
      this.claims.splice(0, claims.length);
      for (const c of claims) c.committed();
      this.failures = 0;
      const now = Date.now();
      this.opts.onCommit?.({ lastSeq, count: batch.length, lagsMs: batch.map((u) => now - u.receivedAt), updates: batch });
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
      const ids = [...new Set(this.queue.map((u) => u.boardId).concat(this.claims.map((c) => c.claim.boardId)))];
      const rows = await this.opts.db.select({ id: t.boards.id }).from(t.boards).where(inArray(t.boards.id, ids));
      const alive = new Set(rows.map((r) => r.id));
      this.queue = this.queue.filter((u) => alive.has(u.boardId));
      // Nobody waits for a deleted board's claims.
      for (const c of this.claims) if (!alive.has(c.claim.boardId)) c.committed();
      this.claims = this.claims.filter((c) => alive.has(c.claim.boardId));
    } catch {
      /* the database is down: retry later */
    }
  }

  private settle(): void {
    const waiters = this.idleWaiters.splice(0);
    for (const w of waiters) w();
  }
}

type Claim = { boardId: string; clientId: number; userId: string };
type PendingClaim = { claim: Claim; committed: () => void };

// Appends racing for the same seqs: each try re-reads the highest, so a few are plenty unless something is wrong.
const MAX_SEQ_CLASHES = 10;

/**
 * Writes one group commit, retrying at once when another process took the
 * same seqs first. A reader never sees a gap: a statement can only take
 * seq n + 1 once it sees n committed. One room without claims is one
 * statement and needs no transaction, which matters twice: PGlite runs every
 * statement on the event loop, and PostgreSQL answers each round trip only
 * when the (busy) event loop gets to it.
 */
async function writeBatch(db: Db, batch: PendingUpdate[], claims: Claim[], onClash: () => void): Promise<Map<string, number>> {
  const groups = groupBy(batch, (u) => roomKey(u.boardId, u.room));
  const write = async (q: Db) => {
    const lastSeq = new Map<string, number>();
    if (claims.length) await q.insert(t.yjsClients).values(claims).onConflictDoNothing();
    for (const [key, updates] of groups) {
      const seq = await insertAfterHighest(q, updates);
      if (seq !== null) lastSeq.set(key, seq);
    }
    return lastSeq;
  };
  for (let clashes = 0; ; clashes++) {
    try {
      if (groups.size + (claims.length ? 1 : 0) <= 1) return await write(db);
      return await db.transaction((tx) => write(tx as unknown as Db));
    } catch (error) {
      if (!isSeqClash(error) || clashes >= MAX_SEQ_CLASHES) throw error;
      onClash();
    }
  }
}

/**
 * Appends one room's updates after its highest seq; returns the new highest,
 * or null when every one of them was stored already under its origin id
 * (another process stored it first; the seq it would have taken stays unused).
 */
async function insertAfterHighest(q: Db, updates: PendingUpdate[]): Promise<number | null> {
  const { boardId, room } = updates[0]!;
  const rows = sql.join(
    updates.map(
      (u, i) =>
        sql`(${i + 1}::int, ${u.authorId}::text, ${u.sessionId}::text, ${u.acceptedBy ?? null}::text, ${u.proposalId ?? null}::text, ${u.originId ? toBuffer(u.originId) : null}::bytea, ${u.data.byteLength}::int, ${toBuffer(u.data)}::bytea, ${new Date(u.receivedAt).toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  const result = await q.execute<{ seq: number | string }>(sql`
    insert into ${t.boardUpdates} (board_id, room, seq, author_id, session_id, accepted_by, proposal_id, origin_id, size, data, created_at)
    select ${boardId}, ${room}, h.max + v.n, v.author_id, v.session_id, v.accepted_by, v.proposal_id, v.origin_id, v.size, v.data, v.created_at
    from (select coalesce(max(seq), 0) as max from ${t.boardUpdates} where board_id = ${boardId} and room = ${room}) h,
         (values ${rows}) as v(n, author_id, session_id, accepted_by, proposal_id, origin_id, size, data, created_at)
    on conflict (origin_id) do nothing
    returning seq`);
  const seqs = ((result as unknown as { rows?: Array<{ seq: number | string }> }).rows ?? (result as unknown as Array<{ seq: number | string }>)).map((r) => Number(r.seq));
  return seqs.length ? Math.max(...seqs) : null;
}

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A unique violation: the only unique key these statements can hit is a board_updates seq (claims and origin ids skip conflicts). */
function isSeqClash(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

function isMissingBoard(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23503' || e?.cause?.code === '23503';
}
