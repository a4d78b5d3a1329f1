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
import { groupBy } from '../../lib/server/group-by';
import { roomKey, type PendingUpdate, type RoomKind } from '../../lib/server/sync/update-log';
import { REMOTE_ORIGIN, type Room } from './room';
import type { FanOut } from './hooks';

// 0 and 4 carried updates of earlier versions (uncommitted; then committed only): new kinds, so a node of either version ignores the other's.
const Kind = { awareness: 1, command: 2, copyRequest: COPY_REQUEST, update: 5, committed: 6 } as const;

/** Access changes made on one process that every process must apply to its sockets. */
export type FanOutCommand = { type: 'recheck'; boardId: string; userId?: string } | { type: 'disconnect'; userId: string; sessionId?: string };

/** An update another process published and has not yet confirmed as committed. */
interface Unconfirmed {
  update: PendingUpdate;
  adoptAt: number;
}

/**
 * The `fanOut` hook for scale-out: updates and awareness of each loaded
 * room go through a Redis channel per room.
 *
 * The process that received an update from its client queues it for its
 * log and publishes it at once, with its credit and an origin id; after the
 * commit it publishes the ids. The others apply it at once and keep it until
 * that confirmation. One that never comes (the origin died between applying
 * and committing) makes them store it themselves, credited as the origin
 * would have: the origin id keeps it stored once however many processes
 * store it. So no peer, on any process, has seen an update the log can lose.
 *
 * After a Redis reconnect every loaded room catches up from the update log
 * (idempotent: Yjs ignores what it already has), and so does a room that a
 * message from Redis left with pending structs (a message lost while it was
 * loading or reconnecting: its content is in the log).
 */
export class RedisFanOut implements FanOut {
  private readonly node = randomBytes(8);
  private sent = 0;
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly rooms = new Map<string, Room>();
  private everReady = false;
  /** Rooms reading the log now: true when another read was asked for meanwhile (it may miss a newer commit). */
  private readonly catchingUp = new Map<Room, boolean>();
  /** By origin id (hex). */
  private readonly unconfirmed = new Map<string, Unconfirmed>();
  private readonly adoptTimer: NodeJS.Timeout;
  private readonly adoptAfterMs: number;
  onCommand: (command: FanOutCommand) => void = () => {};
  onOrphans: (updates: PendingUpdate[]) => void = () => {};

  constructor(
    url: string,
    private readonly db: Db,
    opts: { adoptAfterMs: number },
  ) {
    this.adoptAfterMs = opts.adoptAfterMs;
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
    this.adoptTimer = setInterval(() => this.adoptExpired(), Math.max(50, Math.floor(this.adoptAfterMs / 4)));
    this.adoptTimer.unref();
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

  /** This process's id and a counter: unique without coordination, and 16 bytes at most. */
  newOriginId(): Uint8Array {
    const e = encoding.createEncoder();
    encoding.writeUint8Array(e, this.node);
    encoding.writeVarUint(e, ++this.sent);
    return encoding.toUint8Array(e);
  }

  publishUpdate(u: PendingUpdate): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint8Array(e, u.originId!);
    for (const s of [u.authorId, u.sessionId, u.acceptedBy, u.proposalId]) encoding.writeVarString(e, s ?? '');
    encoding.writeVarUint(e, u.receivedAt);
    encoding.writeVarUint8Array(e, u.data);
    this.send(this.channel(u.boardId, u.room), Kind.update, encoding.toUint8Array(e));
  }

  confirmCommitted(updates: PendingUpdate[]): void {
    for (const list of groupBy(updates.filter((u) => u.originId), (u) => roomKey(u.boardId, u.room)).values()) {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, list.length);
      for (const u of list) encoding.writeVarUint8Array(e, u.originId!);
      this.send(this.channel(list[0]!.boardId, list[0]!.room), Kind.committed, encoding.toUint8Array(e));
    }
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
    // Unconfirmed updates of this room are stored now, not later: a reload of the room reads the log.
    this.adopt((u) => u.boardId === room.boardId && u.room === room.kind);
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
      if (kind === Kind.update) this.applyUpdate(room, payload);
      else if (kind === Kind.committed) this.confirmed(room, payload);
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

  private applyUpdate(room: Room, payload: Uint8Array): void {
    const d = new SafeDecoder(payload);
    const originId = d.bytes().slice();
    const orNull = () => d.string() || null;
    const [authorId, sessionId, acceptedBy, proposalId] = [orNull(), orNull(), orNull(), orNull()] as const;
    const receivedAt = d.varUint();
    const data = d.bytes().slice();
    this.unconfirmed.set(hex(originId), {
      update: { boardId: room.boardId, room: room.kind, authorId, sessionId, acceptedBy, proposalId, originId, data, receivedAt },
      adoptAt: Date.now() + this.adoptAfterMs,
    });
    room.applyRemoteUpdate(data);
    if (hasPending(room.doc)) this.requestCatchUp(room);
  }

  /**
   * Commits another process confirms. One this process never saw was
   * published before it subscribed to the room, and committed after it read
   * the log: the log has it now.
   */
  private confirmed(room: Room, payload: Uint8Array): void {
    const d = new SafeDecoder(payload);
    let unseen = false;
    for (let n = d.count(1); n > 0; n--) unseen = !this.unconfirmed.delete(hex(d.bytes())) || unseen;
    if (unseen) this.requestCatchUp(room);
  }

  /** Reads the log into the room; asked again while reading, it reads once more afterwards. */
  private requestCatchUp(room: Room): void {
    if (this.catchingUp.has(room)) return void this.catchingUp.set(room, true);
    this.catchingUp.set(room, false);
    void this.catchUp(room).finally(() => {
      const again = this.catchingUp.get(room);
      this.catchingUp.delete(room);
      if (again) this.requestCatchUp(room);
    });
  }

  adoptUnconfirmed(): void {
    this.adopt(() => true);
  }

  private adoptExpired(): void {
    const now = Date.now();
    this.adopt((_, entry) => entry.adoptAt <= now);
  }

  private adopt(which: (u: PendingUpdate, entry: Unconfirmed) => boolean): void {
    const orphans: PendingUpdate[] = [];
    for (const [id, entry] of this.unconfirmed) {
      if (!which(entry.update, entry)) continue;
      this.unconfirmed.delete(id);
      orphans.push(entry.update);
    }
    if (orphans.length) this.onOrphans(orphans);
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
    clearInterval(this.adoptTimer);
    this.sub.disconnect();
    await this.pub.quit().catch(() => this.pub.disconnect());
  }
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
