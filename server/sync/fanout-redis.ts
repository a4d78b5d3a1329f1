import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Db } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import { hasPending } from '../../lib/server/sync/doc-integrity';
import { COMMANDS_CHANNEL, COPY_REQUEST, encodeCopyReplies, SYNC_CHANNEL_PREFIX } from '../../lib/server/sync/room-copies';
import { readLog } from '../../lib/server/sync/room-storage';
import { SafeDecoder } from '../../lib/server/sync/safe-decoder';
import { roomKey, type RoomKind } from '../../lib/server/sync/update-log';
import { REMOTE_ORIGIN, type Room } from './room';
import type { FanOut } from './hooks';

// 0 carried one uncommitted update (before publish-after-commit): a new kind, so a node of either version ignores the other's.
const Kind = { awareness: 1, command: 2, copyRequest: COPY_REQUEST, committedUpdates: 4 } as const;

/** Access changes made on one process that every process must apply to its sockets. */
export type FanOutCommand = { type: 'recheck'; boardId: string; userId?: string } | { type: 'disconnect'; userId: string; sessionId?: string };

/**
 * The `fanOut` hook for scale-out: updates and awareness of each loaded
 * room go through a Redis channel per room; the process that received an
 * update from its client persists it and publishes it once committed, the
 * others only apply it. After a Redis reconnect every loaded room catches up
 * from the update log (idempotent: Yjs ignores what it already has), and so
 * does a room that a message from Redis left with pending structs (a message
 * lost while it was loading or reconnecting: its content is in the log).
 */
export class RedisFanOut implements FanOut {
  private readonly node = randomBytes(8);
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly rooms = new Map<string, Room>();
  private everReady = false;
  private readonly catchingUp = new Set<Room>();
  onCommand: (command: FanOutCommand) => void = () => {};

  constructor(
    url: string,
    private readonly db: Db,
  ) {
    // Named, so operators (and the scale-out test) can find these connections in CLIENT LIST.
    this.pub = new Redis(url, { maxRetriesPerRequest: null, connectionName: 'coscript-sync-pub' });
    this.sub = new Redis(url, { maxRetriesPerRequest: null, connectionName: 'coscript-sync-sub' });
    for (const r of [this.pub, this.sub]) r.on('error', (err: Error) => logger().warn({ err: err.message }, 'sync: redis error'));
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
    this.sub.on('ready', () => {
      if (this.everReady) void this.catchUpAll();
      this.everReady = true;
    });
    void this.sub.subscribe(COMMANDS_CHANNEL);
  }

  async ready(): Promise<void> {
    if (this.sub.status === 'ready') return;
    await new Promise<void>((resolve) => this.sub.once('ready', () => resolve()));
  }

  private channel(boardId: string, kind: RoomKind): string {
    return `${SYNC_CHANNEL_PREFIX}${roomKey(boardId, kind)}`;
  }

  private send(channel: string, kind: number, payload: Uint8Array): void {
    const message = Buffer.concat([Buffer.from([kind]), this.node, payload]);
    this.pub.publish(channel, message).catch((err: Error) => logger().warn({ err: err.message }, 'sync: redis publish failed'));
  }

  publishUpdates(boardId: string, kind: RoomKind, updates: Uint8Array[]): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, updates.length);
    for (const u of updates) encoding.writeVarUint8Array(e, u);
    this.send(this.channel(boardId, kind), Kind.committedUpdates, encoding.toUint8Array(e));
  }

  publishAwareness(room: Room, update: Uint8Array): void {
    this.send(this.channel(room.boardId, room.kind), Kind.awareness, update);
  }

  publishCommand(command: FanOutCommand): void {
    this.send(COMMANDS_CHANNEL, Kind.command, Buffer.from(JSON.stringify(command)));
  }

  async subscribe(room: Room): Promise<void> {
    const channel = this.channel(room.boardId, room.kind);
    this.rooms.set(channel, room);
    await this.sub.subscribe(channel);
    // Anything committed between our load and the subscription.
    await this.catchUp(room);
  }

  async unsubscribe(room: Room): Promise<void> {
    const channel = this.channel(room.boardId, room.kind);
    if (this.rooms.get(channel) !== room) return;
    this.rooms.delete(channel);
    await this.sub.unsubscribe(channel).catch(() => {});
  }

  private receive(channel: string, message: Buffer): void {
    if (message.length < 9 || message.subarray(1, 9).equals(this.node)) return;
    const payload = new Uint8Array(message.subarray(9));
    const kind = message[0];
    try {
      if (kind === Kind.command) return this.onCommand(JSON.parse(Buffer.from(payload).toString()) as FanOutCommand);
      if (kind === Kind.copyRequest) return this.sendCopies(JSON.parse(Buffer.from(payload).toString()) as { boardId: string; replyTo: string });
      const room = this.rooms.get(channel);
      if (!room) return;
      if (kind === Kind.committedUpdates) this.applyUpdates(room, payload);
      else if (kind === Kind.awareness) awarenessProtocol.applyAwarenessUpdate(room.awareness, payload, REMOTE_ORIGIN);
    } catch (err) {
      logger().warn({ err, channel }, 'sync: bad message from redis');
    }
  }

  /** Answers `coscript board check --repair`: this process's in-memory copies of a board's rooms. */
  private sendCopies({ boardId, replyTo }: { boardId: string; replyTo: string }): void {
    if (typeof boardId !== 'string' || typeof replyTo !== 'string' || !replyTo.startsWith(`${SYNC_CHANNEL_PREFIX}copies:`)) return;
    const rooms = [...this.rooms.values()].filter((r) => r.boardId === boardId).map((r) => ({ room: r.kind, state: Y.encodeStateAsUpdate(r.doc) }));
    for (const message of encodeCopyReplies(this.node.toString('hex'), rooms)) {
      this.pub.publish(replyTo, message).catch((err: Error) => logger().warn({ err: err.message }, 'sync: redis publish failed'));
    }
  }

  private applyUpdates(room: Room, payload: Uint8Array): void {
    const d = new SafeDecoder(payload);
    const updates = Array.from({ length: d.count(1) }, () => d.bytes());
    room.doc.transact(() => {
      for (const u of updates) room.applyRemoteUpdate(u);
    }, REMOTE_ORIGIN);
    if (hasPending(room.doc) && !this.catchingUp.has(room)) {
      this.catchingUp.add(room);
      void this.catchUp(room).finally(() => this.catchingUp.delete(room));
    }
  }

  private async catchUpAll(): Promise<void> {
    for (const room of this.rooms.values()) await this.catchUp(room);
  }

  private async catchUp(room: Room): Promise<void> {
    try {
      const rows = await readLog(this.db, room.boardId, room.kind, room.knownSeq);
      for (const row of rows) room.applyRemoteUpdate(row.data);
      if (rows.length) room.knownSeq = rows[rows.length - 1]!.seq;
    } catch (err) {
      logger().warn({ err, room: room.name }, 'sync: catch-up from the log failed');
    }
  }

  async close(): Promise<void> {
    this.sub.disconnect();
    await this.pub.quit().catch(() => this.pub.disconnect());
  }
}
