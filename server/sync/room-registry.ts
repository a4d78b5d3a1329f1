import * as Y from 'yjs';
import type { Db } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import { batchPerTurn } from '../../lib/server/batch-per-turn';
import { creditOf } from '../../lib/server/sync/credit';
import { boardSeedInfo, loadOwners, loadRoom, storeSeed, writeCheckpoint } from '../../lib/server/sync/room-storage';
import { groupBy } from '../../lib/server/group-by';
import { roomKey, UpdateLog, type PendingUpdate, type RoomKind } from '../../lib/server/sync/update-log';
import type { IntegrityReport } from '../../lib/server/sync/doc-integrity';
import type { RoomCopy } from '../../lib/server/sync/room-copies';
import { CloseCode, SocketRefusal } from './close-codes';
import { metrics } from './metrics';
import { REMOTE_ORIGIN, Room, SERVER_ORIGIN } from './room';
import { seedContent } from './seed-content';

/** Origin of the state a room is loaded with: neither stored again nor fanned out. */
const LOAD_ORIGIN = Symbol('load');

export interface FanOut {
  /** Committed updates of one room, in commit order (see storeUpdates: nothing reaches another process before the log has it). */
  publishUpdates(boardId: string, kind: RoomKind, updates: Uint8Array[]): void;
  publishAwareness(room: Room, update: Uint8Array): void;
  subscribe(room: Room): Promise<void>;
  unsubscribe(room: Room): Promise<void>;
}

export interface RegistryOptions {
  db: Db;
  checkpointEvery: number;
  commitDelayMs: number;
  fanOut?: FanOut;
}

/** Loaded rooms: loading (`loadDocument`), storing (`storeUpdates`), checkpoints and unloading. */
export class RoomRegistry {
  readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  readonly log: UpdateLog;
  private checkpointing: Promise<void> = Promise.resolve();
  /** Per room, the seq its queued checkpoint will be written at. */
  private readonly checkpointTargets = new Map<string, number>();

  constructor(private readonly opts: RegistryOptions) {
    this.log = new UpdateLog({
      db: opts.db,
      maxDelayMs: opts.commitDelayMs,
      onSeqClash: () => metrics.seqClashes.inc(),
      onCommit: (batch) => {
        metrics.persisted.inc(batch.count);
        metrics.persistQueue.set(this.log.pending);
        for (const lag of batch.lagsMs) metrics.persistLag.observe(lag / 1000);
        for (const [key, seq] of batch.lastSeq) this.maybeCheckpoint(key, seq);
        if (this.opts.fanOut) this.publishCommitted(batch.updates);
      },
      onError: () => metrics.persistFailures.inc(),
    });
  }

  /** The room, loading it first if needed. Concurrent callers share one load; a failed load throws. */
  get(boardId: string, kind: RoomKind): Promise<Room> {
    const key = roomKey(boardId, kind);
    const room = this.rooms.get(key);
    if (room) return Promise.resolve(room);
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.loadDocument(boardId, kind).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  /**
   * The `loadDocument` hook: checkpoint + log; new boards get their seed
   * content as seq 1, credited to whoever created the board. A log that
   * leaves structs pending is refused (refuseIncomplete), never served as if
   * it were the board.
   */
  private async loadDocument(boardId: string, kind: RoomKind): Promise<Room> {
    const { db } = this.opts;
    let loaded = await loadRoom(db, boardId, kind);
    if (loaded.seq === 0 && kind === 'content') {
      const board = await boardSeedInfo(db, boardId);
      if (board) {
        await storeSeed(db, boardId, kind, seedContent(board.template), board.createdBy);
        loaded = await loadRoom(db, boardId, kind);
      }
    }
    if (loaded.integrity) refuseIncomplete(boardId, kind, loaded.integrity, loaded.owners);
    const owners = this.ownersOf(boardId) ?? loaded.owners;
    const room = new Room(boardId, kind, owners, {
      afterUpdate: (r, update, origin) => this.storeUpdates(r, update, origin),
      afterAwareness: (r, update) => this.opts.fanOut?.publishAwareness(r, update),
    });
    Y.applyUpdate(room.doc, loaded.state, LOAD_ORIGIN);
    room.knownSeq = loaded.seq;
    room.checkpointSeq = loaded.seq - loaded.sinceCheckpoint;
    this.rooms.set(room.name, room);
    metrics.roomsLoaded.set(this.rooms.size);
    await this.opts.fanOut?.subscribe(room);
    return room;
  }

  /**
   * The room a socket joins. Scaled out, a clientID may have been claimed on
   * another process since this one loaded the room, for an update that
   * process showed its own clients and then died before committing. A client
   * joining here replays that update in its handshake: the owner must be
   * known by then, so the replay is cut as another owner's instead of claimed
   * by (or refused for) the joiner.
   */
  async join(boardId: string, kind: RoomKind): Promise<Room> {
    const room = await this.get(boardId, kind);
    if (!this.opts.fanOut) return room;
    try {
      for (const [client, user] of (await this.boardOwners(room.boardId)) ?? []) if (!room.owners.has(client)) room.owners.set(client, user);
    } catch (err) {
      logger().warn({ err, room: room.name }, 'sync: could not refresh clientID owners');
    }
    return room;
  }

  private readonly boardOwners = batchPerTurn(async (boardIds: string[]) => {
    const found = new Map<string, Map<number, string>>();
    for (const boardId of boardIds) found.set(boardId, await loadOwners(this.opts.db, boardId));
    return found;
  }, (boardId: string) => boardId);

  /** clientID owners are per board: both rooms of a board share one map. */
  private ownersOf(boardId: string): Map<number, string> | undefined {
    return (this.rooms.get(roomKey(boardId, 'content')) ?? this.rooms.get(roomKey(boardId, 'control')))?.owners;
  }

  /**
   * The `storeUpdates` hook: everything that did not come from storage or
   * another process is logged once, here, with the credit its origin carries
   * (a socket: its user; a server write: the person it was made for). Peers
   * on this process get it at once; other processes only after its commit
   * (publishCommitted), so a process that dies before committing has shown it
   * to nobody who could keep it from being re-sent: its author's client
   * reconnects elsewhere and re-sends it in its SyncStep2.
   */
  private storeUpdates(room: Room, update: Uint8Array, origin: unknown): void {
    if (origin === LOAD_ORIGIN || origin === REMOTE_ORIGIN) return;
    const credit = creditOf(origin);
    if (!credit && origin !== SERVER_ORIGIN) logger().warn({ room: room.name }, 'sync: update of unknown origin stored without author');
    this.log.append({
      boardId: room.boardId,
      room: room.kind,
      authorId: credit?.authorId ?? null,
      sessionId: credit?.sessionId ?? null,
      acceptedBy: credit?.acceptedBy ?? null,
      proposalId: credit?.proposalId ?? null,
      data: update,
      receivedAt: Date.now(),
    });
    metrics.persistQueue.set(this.log.pending);
  }

  private publishCommitted(updates: PendingUpdate[]): void {
    for (const list of groupBy(updates, (u) => roomKey(u.boardId, u.room)).values()) {
      this.opts.fanOut!.publishUpdates(list[0]!.boardId, list[0]!.room, list.map((u) => u.data));
    }
  }

  private maybeCheckpoint(key: string, seq: number, force = false): void {
    const room = this.rooms.get(key);
    if (room && !force && seq - room.checkpointSeq < this.opts.checkpointEvery) return;
    if (room) room.checkpointSeq = Math.max(room.checkpointSeq, seq);
    // One checkpoint at a time, in the background. A room waiting for its turn keeps one job,
    // which takes the newest target when it runs: a busy room never builds a backlog.
    const queued = this.checkpointTargets.has(key);
    this.checkpointTargets.set(key, Math.max(seq, this.checkpointTargets.get(key) ?? 0));
    if (queued) return;
    const [boardId, kind] = key.split('/') as [string, RoomKind];
    metrics.checkpointQueue.inc();
    this.checkpointing = this.checkpointing
      .then(() => {
        const target = this.checkpointTargets.get(key) ?? seq;
        this.checkpointTargets.delete(key);
        return writeCheckpoint(this.opts.db, boardId, kind, target);
      })
      .catch((err: unknown) => logger().warn({ err, room: key }, 'sync: checkpoint failed'))
      .finally(() => metrics.checkpointQueue.dec());
  }

  /** Unloads a room whose last socket left, once its updates are committed (retries while the database is away). */
  scheduleUnload(room: Room, delayMs = 0): void {
    setTimeout(() => {
      if (room.members.size || this.rooms.get(room.name) !== room) return;
      if (this.log.hasPendingFor(room.boardId, room.kind)) return this.scheduleUnload(room, 500);
      // The next load then reads one checkpoint instead of the log since the last one. Always: the
      // received-update count may have been reset by a checkpoint that did not yet cover them all.
      this.maybeCheckpoint(room.name, Number.MAX_SAFE_INTEGER, true);
      this.rooms.delete(room.name);
      metrics.roomsLoaded.set(this.rooms.size);
      void this.opts.fanOut?.unsubscribe(room);
      room.destroy();
    }, delayMs).unref();
  }

  /** What this process holds of a board's rooms, for repairing a gap in the log. */
  copiesOf(boardId: string): RoomCopy[] {
    return [...this.rooms.values()].filter((r) => r.boardId === boardId).map((r) => ({ source: `process ${process.pid}`, room: r.kind, state: Y.encodeStateAsUpdate(r.doc) }));
  }

  /** Waits for everything queued to be committed, then for running checkpoints. */
  async flush(): Promise<void> {
    await this.log.flush();
    await this.checkpointing;
  }
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
