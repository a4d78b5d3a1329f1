import * as Y from 'yjs';
import type { Db } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import { loadRoom, storeSeed, writeCheckpoint, boardSeedTemplate } from '../../lib/server/sync/room-storage';
import { roomKey, UpdateLog, type RoomKind } from '../../lib/server/sync/update-log';
import { Connection } from './connection';
import { metrics } from './metrics';
import { REMOTE_ORIGIN, Room, SERVER_ORIGIN } from './room';
import { seedContent } from './seed-content';

/** Origin of the state a room is loaded with: neither stored again nor fanned out. */
const LOAD_ORIGIN = Symbol('load');

export interface FanOut {
  publishUpdate(room: Room, update: Uint8Array): void;
  publishAwareness(room: Room, update: Uint8Array): void;
  subscribe(room: Room): Promise<void>;
  unsubscribe(room: Room): Promise<void>;
}

export interface RegistryOptions {
  db: Db;
  checkpointEvery: number;
  commitDelayMs: number;
  fanOut?: FanOut;
  /** The running workshop session of a board, if any (supplied by a later feature). */
  sessionIdFor?: (boardId: string) => string | null;
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

  /** The `loadDocument` hook: checkpoint + log; new boards get their seed content as seq 1. */
  private async loadDocument(boardId: string, kind: RoomKind): Promise<Room> {
    const { db } = this.opts;
    let loaded = await loadRoom(db, boardId, kind);
    if (loaded.seq === 0 && kind === 'content') {
      const template = await boardSeedTemplate(db, boardId);
      if (template !== undefined) {
        await storeSeed(db, boardId, kind, seedContent(template));
        loaded = await loadRoom(db, boardId, kind);
      }
    }
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

  /** clientID owners are per board: both rooms of a board share one map. */
  private ownersOf(boardId: string): Map<number, string> | undefined {
    return (this.rooms.get(roomKey(boardId, 'content')) ?? this.rooms.get(roomKey(boardId, 'control')))?.owners;
  }

  /** The `storeUpdates` hook: everything that did not come from storage or another process is logged once, here. */
  private storeUpdates(room: Room, update: Uint8Array, origin: unknown): void {
    if (origin === LOAD_ORIGIN || origin === REMOTE_ORIGIN) return;
    const authorId = origin instanceof Connection ? origin.userId : null;
    if (origin !== SERVER_ORIGIN && !(origin instanceof Connection)) logger().warn({ room: room.name }, 'sync: update of unknown origin stored without author');
    this.log.append({
      boardId: room.boardId,
      room: room.kind,
      authorId,
      sessionId: this.opts.sessionIdFor?.(room.boardId) ?? null,
      data: update,
      receivedAt: Date.now(),
    });
    metrics.persistQueue.set(this.log.pending);
    this.opts.fanOut?.publishUpdate(room, update);
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

  /** Waits for everything queued to be committed, then for running checkpoints. */
  async flush(): Promise<void> {
    await this.log.flush();
    await this.checkpointing;
  }
}
