import * as Y from 'yjs';
import type { Db } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import { batchPerTurn } from '../../lib/server/batch-per-turn';
import { creditOf } from '../../lib/server/sync/credit';
import { loadOwners, writeCheckpoint } from '../../lib/server/sync/room-storage';
import { roomKey, UpdateLog, type RoomKind } from '../../lib/server/sync/update-log';
import type { RoomCopy } from '../../lib/server/sync/room-copies';
import type { SyncCoreHooks } from './hooks';
import { metrics } from './metrics';
import { REMOTE_ORIGIN, Room, SERVER_ORIGIN } from './room';

/** Origin of the state a room is loaded with: neither stored again nor fanned out. */
const LOAD_ORIGIN = Symbol('load');

export interface RegistryOptions {
  db: Db;
  checkpointEvery: number;
  commitDelayMs: number;
  /** The hooks, given the update log they may append to (see defaultSyncHooks). */
  hooks: (log: UpdateLog) => SyncCoreHooks;
}

/**
 * Loaded rooms: each is loaded once (the `loadDocument` hook), every change
 * it applies goes to the `storeUpdates` hook once, committed updates go to
 * `fanOut`; checkpoints and unloading follow the update log.
 */
export class RoomRegistry {
  readonly rooms = new Map<string, Room>();
  readonly hooks: SyncCoreHooks;
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
        this.hooks.fanOut?.confirmCommitted(batch.updates);
      },
      onError: () => metrics.persistFailures.inc(),
    });
    this.hooks = opts.hooks(this.log);
    if (this.hooks.fanOut) {
      this.hooks.fanOut.onOrphans = (updates) => {
        metrics.adoptedUpdates.inc(updates.length);
        logger().warn({ count: updates.length, rooms: [...new Set(updates.map((u) => roomKey(u.boardId, u.room)))] }, 'sync: storing updates another process published but never confirmed');
        for (const u of updates) this.log.append(u);
      };
    }
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

  private async loadDocument(boardId: string, kind: RoomKind): Promise<Room> {
    const loaded = await this.hooks.loadDocument(boardId, kind);
    const owners = this.ownersOf(boardId) ?? loaded.owners;
    const room = new Room(boardId, kind, owners, {
      afterUpdate: (r, update, origin) => this.storeUpdates(r, update, origin),
      afterAwareness: (r, update) => this.hooks.fanOut?.publishAwareness(r, update),
    });
    Y.applyUpdate(room.doc, loaded.state, LOAD_ORIGIN);
    room.knownSeq = loaded.seq;
    room.checkpointSeq = loaded.seq - loaded.sinceCheckpoint;
    this.rooms.set(room.name, room);
    metrics.roomsLoaded.set(this.rooms.size);
    await this.hooks.fanOut?.subscribe(room);
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
    if (!this.hooks.fanOut) return room;
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
   * Everything that did not come from storage or another process goes to
   * the `storeUpdates` hook once, here, with the credit its origin carries
   * (a socket: its user; a server write: the person it was made for). Peers
   * on this process get it at once (the room broadcasts it), and so do other
   * processes (the hook publishes it with its credit): they keep it until
   * this process confirms the commit, and store it themselves if it dies
   * first (fanout-redis.ts).
   */
  private storeUpdates(room: Room, update: Uint8Array, origin: unknown): void {
    if (origin === LOAD_ORIGIN || origin === REMOTE_ORIGIN) return;
    const credit = creditOf(origin);
    if (!credit && origin !== SERVER_ORIGIN) logger().warn({ room: room.name }, 'sync: update of unknown origin stored without author');
    this.hooks.storeUpdates(room, update, credit);
    metrics.persistQueue.set(this.log.pending);
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
      void this.hooks.fanOut?.unsubscribe(room);
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
