import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { TConfig } from '../../lib/server/config';
import type { Db } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import type { ServerWriteResult, SyncHooks } from '../../lib/server/runtime';
import type { Audience } from '../../lib/server/sync/audience';
import { serverWrite, type Credit } from '../../lib/server/sync/credit';
import { applyBoardChange, missingTarget } from '../../lib/shared/board-doc/apply-change';
import { boardOutline, type BoardOutline } from '../../lib/shared/board-doc/outline';
import type { TBoardChange } from '../../lib/shared/schemas/board-change';
import type { Admission } from './admission';
import { readSnapshot, type BoardSnapshot } from '../../lib/shared/board-doc/snapshot';
import { CloseCode, SocketRefusal } from './close-codes';
import { Connection, type Budgets, type ConnectionCore } from './connection';
import { defaultSyncHooks, type FanOut, type SyncCoreHooks } from './hooks';
import { recheckBoard } from './recheck';
import { metrics } from './metrics';
import type { Room } from './room';
import { RoomRegistry } from './room-registry';
import { ControlRooms } from './control-rooms';
import type { FanOutCommand } from './fanout-redis';

// Frames a socket may send while it is being admitted (the client speaks first).
const MAX_EARLY_FRAMES = 32;
const RECHECK_EVERY_MS = 5_000;
const FLUSH_TIMEOUT_MS = 20_000;

export interface SyncServerOptions {
  config: TConfig;
  db: Db;
  publicUrl: () => string;
  fanOut?: FanOut;
  /** Tells the other processes about an access change (scale-out). */
  broadcast?: (command: FanOutCommand) => void;
  /** Wraps or replaces hooks of {@link defaultSyncHooks} (a test or a feature observing one hook, no subclassing). */
  hooks?: (defaults: SyncCoreHooks) => SyncCoreHooks;
}

/**
 * The sync endpoint: a small core that knows rooms and members and calls
 * one object of named hooks (hooks.ts) in order — `authenticate` on
 * upgrade, `loadDocument` when a room is first joined, `audienceOf` for a
 * control socket, then per update `authorizeUpdate` (called by the
 * Connection), `storeUpdates` (called by the registry for what the room
 * applied, which also hands it to `fanOut`). An update passes through once:
 * socket → Connection → authorizeUpdate → Y.applyUpdate → storeUpdates
 * (log and fanOut) and broadcast; fanOut confirms it after the commit.
 */
export class SyncServer implements SyncHooks, ConnectionCore {
  readonly wss: WebSocketServer;
  readonly registry: RoomRegistry;
  readonly hooks: SyncCoreHooks;
  readonly connections = new Set<Connection>();
  private readonly control: ControlRooms;
  private readonly recheckTimer: NodeJS.Timeout;
  private readonly budgets: Budgets;
  private closing = false;

  constructor(private readonly opts: SyncServerOptions) {
    const { config } = opts;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: config.SYNC_MAX_MESSAGE_BYTES, perMessageDeflate: false });
    this.registry = new RoomRegistry({
      db: opts.db,
      checkpointEvery: config.SYNC_CHECKPOINT_EVERY,
      commitDelayMs: config.SYNC_COMMIT_DELAY_MS,
      hooks: (log) => {
        const defaults = defaultSyncHooks({ config, db: opts.db, publicUrl: opts.publicUrl, log, fanOut: opts.fanOut });
        return opts.hooks ? opts.hooks(defaults) : defaults;
      },
    });
    this.hooks = this.registry.hooks;
    this.budgets = { messagesPerSecond: config.SYNC_MESSAGES_PER_SECOND, bytesPerSecond: config.SYNC_BYTES_PER_SECOND, maxMessageBytes: config.SYNC_MAX_MESSAGE_BYTES };
    this.control = new ControlRooms(this.registry);
    this.recheckTimer = setInterval(() => {
      for (const boardId of new Set([...this.registry.rooms.values()].map((r) => r.boardId))) this.applyCommand({ type: 'recheck', boardId });
    }, RECHECK_EVERY_MS);
    this.recheckTimer.unref();
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.closing) return void socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
    this.wss.handleUpgrade(req, socket, head, (ws) => void this.onSocket(ws, req));
  }

  private async onSocket(ws: WebSocket, req: IncomingMessage): Promise<void> {
    const early: Uint8Array[] = [];
    let conn: Connection | null = null;
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) return conn ? conn.close(CloseCode.malformed, 'binary frames only') : ws.close(CloseCode.malformed, 'binary frames only');
      // Frames wait until the socket is admitted *and* its room is loaded: a SyncStep1 handled before
      // that would go unanswered and leave the client "syncing" for good.
      if (conn?.room) return void conn.receive(data);
      if (early.push(data) > MAX_EARLY_FRAMES) ws.close(CloseCode.rateLimited, 'too many messages before admission');
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', (code: number) => conn?.close(code, 'peer closed'));
    let admission: Admission;
    try {
      admission = await this.hooks.authenticate(req);
    } catch (error) {
      const refusal = error instanceof SocketRefusal ? error : new SocketRefusal(CloseCode.unavailable, 'authentication unavailable');
      if (!(error instanceof SocketRefusal)) logger().error({ err: error }, 'sync: admission failed');
      return this.refuse(ws, req, refusal);
    }
    if (ws.readyState !== ws.OPEN) return;
    conn = new Connection(ws, admission, this.budgets, this);
    this.connections.add(conn);
    metrics.sockets.set(this.connections.size);
    let room: Room;
    try {
      room = await this.registry.join(admission.boardId, admission.room);
    } catch (err) {
      if (err instanceof SocketRefusal) return conn.close(err.code, err.reason);
      logger().error({ err, board: admission.boardId }, 'sync: board failed to load');
      return conn.close(CloseCode.unavailable, 'board unavailable, try again');
    }
    if (conn.isClosed) return;
    // Before the socket counts as joined, so its frames keep their order (they wait in `early`).
    if (admission.room === 'control') await this.control.join(conn).catch((err: unknown) => logger().warn({ err, board: admission.boardId }, 'sync: audience rooms failed to load'));
    if (conn.isClosed) return;
    conn.room = room;
    room.members.add(conn);
    metrics.connections.inc();
    logger().info({ event: 'sync.connect', board: admission.boardId, room: admission.room, user: admission.actor.userId, role: admission.role, ip: admission.ip }, 'sync: connected');
    room.greet(conn);
    for (const frame of early.splice(0)) void conn.receive(frame);
  }

  private refuse(ws: WebSocket, req: IncomingMessage, refusal: SocketRefusal): void {
    metrics.refused.inc({ code: String(refusal.code) });
    logger().info({ event: 'sync.refuse', code: refusal.code, reason: refusal.reason, url: req.url?.split('?')[0], ip: req.socket.remoteAddress }, 'sync: refused');
    ws.close(refusal.code, refusal.reason);
  }

  onClose(conn: Connection, code: number, reason: string): void {
    this.connections.delete(conn);
    metrics.sockets.set(this.connections.size);
    const { admission } = conn;
    if (code >= 4000) metrics.refused.inc({ code: String(code) });
    logger().info({ event: 'sync.close', code, reason, board: admission.boardId, room: admission.room, user: admission.actor.userId }, 'sync: closed');
    this.control.leaveAll(conn);
    const room = conn.room;
    if (!room) return;
    room.leave(conn);
    if (!room.members.size) this.registry.scheduleUnload(room);
  }

  recheckAccess(boardId: string, userId?: string): void {
    this.applyCommand({ type: 'recheck', boardId, userId });
    this.opts.broadcast?.({ type: 'recheck', boardId, userId });
  }

  disconnectUser(userId: string, sessionId?: string): void {
    this.applyCommand({ type: 'disconnect', userId, sessionId });
    this.opts.broadcast?.({ type: 'disconnect', userId, sessionId });
  }

  /** Applies an access change to this process's sockets. */
  applyCommand(command: FanOutCommand): void {
    if (command.type === 'disconnect') {
      const { userId, sessionId } = command;
      for (const c of this.connections) {
        if (c.userId === userId && (!sessionId || c.admission.actor.sessionId === sessionId)) c.close(CloseCode.unauthenticated, 'signed out');
      }
      return;
    }
    const { boardId, userId } = command;
    const conns = [...this.connections].filter((c) => c.admission.boardId === boardId && (!userId || c.userId === userId));
    if (conns.length) void recheckBoard(this.opts.db, boardId, conns).then(() => this.afterRecheck(conns));
  }

  /** Control sockets follow their audiences (and publish the new access) when a role changes; presence follows anonymity. */
  private afterRecheck(conns: Connection[]): void {
    for (const c of conns) {
      if (c.admission.room === 'content') c.restampPresence();
      else if (!c.isClosed) void this.control.join(c).catch((err: unknown) => logger().warn({ err, board: c.admission.boardId }, 'sync: audience rooms failed to load'));
    }
  }

  setControlState(boardId: string, key: string, value: unknown, audience?: Audience): Promise<void> {
    return this.control.set(boardId, key, value, audience);
  }

  setControlStates(boardId: string, entries: Record<string, unknown>, audience?: Audience): Promise<void> {
    return this.control.setMany(boardId, entries, audience);
  }

  getControlState(boardId: string, audience?: Audience): Promise<Record<string, unknown>> {
    return this.control.get(boardId, audience);
  }

  async applyAsServer(opts: { boardId: string; change: TBoardChange; credit: Credit }): Promise<ServerWriteResult> {
    const room = await this.registry.get(opts.boardId, 'content');
    try {
      const missing = missingTarget(room.doc, opts.change);
      if (missing) return { missing };
      // One transaction, one update: its origin carries the credit to storeUpdates.
      let created: string[] = [];
      room.doc.transact(() => (created = applyBoardChange(room.doc, opts.change)), serverWrite(opts.credit));
      return { created };
    } finally {
      if (!room.members.size) this.registry.scheduleUnload(room);
    }
  }

  roomCopies(boardId: string) {
    return this.registry.copiesOf(boardId);
  }

  async getContentSnapshot(boardId: string, scriptId: string | null): Promise<BoardSnapshot> {
    const room = await this.registry.get(boardId, 'content');
    try {
      return readSnapshot(room.doc, scriptId);
    } finally {
      // The page's editor joins in a moment; if it never does, the room must not stay loaded.
      if (!room.members.size) this.registry.scheduleUnload(room, 5_000);
    }
  }

  async readOutline(boardId: string): Promise<BoardOutline> {
    const room = await this.registry.get(boardId, 'content');
    try {
      return boardOutline(room.doc);
    } finally {
      if (!room.members.size) this.registry.scheduleUnload(room);
    }
  }

  /** Stops accepting sockets, closes open ones (1001) and waits until every received update is committed. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.recheckTimer);
    for (const c of [...this.connections]) c.close(CloseCode.goingAway, 'server shutting down');
    // Whatever another process showed us and has not confirmed yet: if it died, nobody else may hold it.
    this.hooks.fanOut?.adoptUnconfirmed();
    // A database that stays away must not hold the shutdown forever: say what could not be written.
    const flushed = await Promise.race([this.registry.flush().then(() => true), new Promise<false>((r) => setTimeout(() => r(false), FLUSH_TIMEOUT_MS).unref())]);
    if (!flushed) logger().error({ unwritten: this.registry.log.pending }, 'sync: shutdown without committing every update (database unavailable)');
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
