import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import { logger } from '../../lib/server/log';
import type { Credit, Credited } from '../../lib/server/sync/credit';
import { parseUpdate } from '../../lib/server/sync/parse-update';
import { MalformedInput, SafeDecoder } from '../../lib/server/sync/safe-decoder';
import type { Admission } from './admission';
import { presenceColor } from '../../lib/shared/presence-color';
import { rewriteAwareness, type PresenceIdentity } from './awareness-rewrite';
import { CloseCode, SocketRefusal } from './close-codes';
import type { SyncCoreHooks } from './hooks';
import { metrics } from './metrics';
import { MessageType, SyncType } from './protocol';
import { encodeSync, type Room, type RoomMember } from './room';

/** Budgets of one socket (token buckets: sustained rate, bursts up to `burst`). */
export interface Budgets {
  messagesPerSecond: number;
  bytesPerSecond: number;
  maxMessageBytes: number;
}

// Past this much unsent data a peer is not reading: close it instead of buffering without bound.
const MAX_BUFFERED = 32 * 1024 * 1024;
const MAX_AWARENESS_IDS = 8;

/** What a connection needs of the core (one object for all: an idle socket costs what it holds). */
export interface ConnectionCore {
  readonly hooks: Pick<SyncCoreHooks, 'authorizeUpdate'>;
  onClose(conn: Connection, code: number, reason: string): void;
}

/**
 * One admitted socket on one room: decodes, budgets and dispatches its
 * messages in order. It is the origin of the updates it applies, credited to its user.
 */
export class Connection implements RoomMember, Credited {
  room: Room | null = null;
  /** On the control room: the rooms of its other audiences (moderators, its own), see control-rooms.ts. */
  readonly audienceRooms: Room[] = [];
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  /**
   * Whether the client has answered the server's SyncStep1. Until then its
   * live updates may build on content the server lost (a restart) and that
   * the coming SyncStep2 brings along.
   */
  handshakeDone = false;
  /**
   * After a handshake the server trimmed (part of it built on content the
   * server lost), the clocks it waits for (client → clock). Until then the
   * client's updates that build on the held-back part are dropped; once the
   * room has them, the client is asked for a fresh SyncStep2, which brings
   * the held-back part under its own name.
   */
  private held: { waitingOn: Map<number, number>; listener: () => void } | null = null;
  private msgTokens: number;
  private byteTokens: number;
  private lastRefill = Date.now();
  /** The name and side the presence states of this connection carry (null name: anonymous). */
  private stampedAs = '';

  constructor(
    readonly ws: WebSocket,
    public admission: Admission,
    private readonly budgets: Budgets,
    private readonly core: ConnectionCore,
  ) {
    this.msgTokens = budgets.messagesPerSecond * 4;
    this.byteTokens = Math.max(budgets.bytesPerSecond, budgets.maxMessageBytes) * 4;
  }

  get userId(): string {
    return this.admission.actor.userId;
  }

  get credit(): Credit {
    return { authorId: this.userId };
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED) return this.close(CloseCode.rateLimited, 'not reading fast enough');
    metrics.bytesOut.inc(message.byteLength);
    this.ws.send(message);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    if (this.held) this.room?.doc.off('update', this.held.listener);
    this.core.onClose(this, code, reason);
    try {
      this.ws.close(code, reason.slice(0, 120));
    } catch {
      this.ws.terminate();
    }
    // A peer that never completes the close handshake must not hold the socket.
    setTimeout(() => this.ws.terminate(), 2000).unref();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** True while part of the client's handshake is held back (see `held`). */
  get behind(): boolean {
    return this.held !== null;
  }

  /** Holds back part of the client's handshake until the room's document reaches `waitingOn` (client → clock). */
  holdBack(waitingOn: Map<number, number>): void {
    if (!waitingOn.size || !this.room || this.closed) return;
    if (this.held) return void (this.held.waitingOn = waitingOn);
    // Only a held-back connection listens (an idle socket keeps no listener).
    this.held = { waitingOn, listener: () => this.resyncWhenReady() };
    this.room.doc.on('update', this.held.listener);
  }

  private resyncWhenReady(): void {
    const { room, held } = this;
    if (!room || !held) return;
    const { store } = room.doc;
    if (![...held.waitingOn].some(([client, clock]) => Y.getState(store, client) > clock)) return;
    room.doc.off('update', held.listener);
    this.held = null;
    // Stock y-protocols clients answer any SyncStep1 with a SyncStep2 of what the server lacks.
    this.send(encodeSync(SyncType.step1, Y.encodeStateVector(room.doc)));
  }

  /** Queues a frame; frames are handled one at a time, in order. Resolves once it was handled. */
  receive(data: Uint8Array): Promise<void> {
    if (this.closed) return this.chain;
    metrics.bytesIn.inc(data.byteLength);
    if (!this.spend(data.byteLength)) {
      this.close(CloseCode.rateLimited, 'message budget exceeded');
      return this.chain;
    }
    this.chain = this.chain.then(() => this.handle(data)).catch((error: unknown) => this.fail(error));
    return this.chain;
  }

  private spend(bytes: number): boolean {
    const now = Date.now();
    const elapsed = (now - this.lastRefill) / 1000;
    this.lastRefill = now;
    const { messagesPerSecond: mps, bytesPerSecond: bps, maxMessageBytes } = this.budgets;
    this.msgTokens = Math.min(mps * 4, this.msgTokens + elapsed * mps) - 1;
    this.byteTokens = Math.min(Math.max(bps, maxMessageBytes) * 4, this.byteTokens + elapsed * bps) - bytes;
    return this.msgTokens >= 0 && this.byteTokens >= 0;
  }

  private fail(error: unknown): void {
    if (error instanceof SocketRefusal) return this.close(error.code, error.reason);
    if (error instanceof MalformedInput) return this.close(CloseCode.malformed, `malformed message: ${error.message}`);
    // Anything yjs itself throws on input we let through is still the sender's fault.
    this.close(CloseCode.malformed, `message refused: ${(error as Error)?.message ?? 'error'}`.slice(0, 120));
  }

  private async handle(data: Uint8Array): Promise<void> {
    const room = this.room;
    if (this.closed || !room) return;
    const d = new SafeDecoder(data);
    const type = d.varUint();
    switch (type) {
      case MessageType.sync: {
        const sub = d.varUint();
        const payload = d.bytes();
        if (d.hasContent()) throw new MalformedInput('one message per frame');
        if (sub === SyncType.step1) return this.send(room.answerStep1(checkStateVector(payload)));
        if (sub !== SyncType.step2 && sub !== SyncType.update) throw new MalformedInput('unknown sync message');
        const allowed = await this.core.hooks.authorizeUpdate({ conn: this, room, update: payload, parsed: parseUpdate(payload), handshake: sub === SyncType.step2 });
        if (sub === SyncType.step2) this.handshakeDone = true;
        if (!allowed || this.closed) return;
        const { store } = room.doc;
        // Only a document with nothing pending can tell: another process's updates may wait there for each other.
        const settled = !store.pendingStructs && !store.pendingDs;
        // The room broadcasts it and hands it to the `storeUpdates` hook, credited to this connection's user.
        Y.applyUpdate(room.doc, allowed, this);
        metrics.updates.inc();
        if (settled && (store.pendingStructs || store.pendingDs)) {
          // authorizeUpdate let through something Yjs could not place: a bug. Left there it would land inside
          // someone else's update later, credited to them.
          metrics.pendingAfterApply.inc();
          logger().error({ event: 'sync.pending-after-apply', board: room.boardId, user: this.userId }, 'sync: an accepted update left pending structs or deletes (dropped)');
          store.pendingStructs = null;
          store.pendingDs = null;
        }
        return;
      }
      case MessageType.awareness: {
        const payload = d.bytes();
        if (d.hasContent()) throw new MalformedInput('one message per frame');
        const identity = this.identity();
        this.stampedAs = identity.name + identity.side;
        const rewritten = rewriteAwareness(payload, identity, (id) => this.mayUseAwarenessId(room, id));
        if (rewritten) awarenessProtocol.applyAwarenessUpdate(room.awareness, rewritten, this);
        return;
      }
      case MessageType.queryAwareness:
        return this.send(room.encodeAwareness([...room.awareness.getStates().keys()]));
      case MessageType.auth:
        return;
      default:
        throw new MalformedInput(`unknown message type ${type}`);
    }
  }

  /** Who this person is to peers, as the server knows it (the rule book decides whether the name goes along). */
  private identity(): PresenceIdentity {
    const { actor, side, anonymousToPeers } = this.admission;
    return { id: actor.userId, name: anonymousToPeers ? null : actor.name, color: presenceColor(actor.userId), side };
  }

  /**
   * After an access change (side, anonymity): re-stamps the presence states
   * this connection holds, so peers see the new identity at once rather
   * than on the client's next presence message.
   */
  restampPresence(): void {
    const room = this.room;
    const identity = this.identity();
    if (!room || this.closed || identity.name + identity.side === this.stampedAs) return;
    this.stampedAs = identity.name + identity.side;
    const ids = [...room.awarenessHolders].filter(([, m]) => m === this).map(([id]) => id);
    const states = room.awareness.getStates();
    const live = ids.filter((id) => states.has(id));
    if (!live.length) return;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, live.length);
    for (const id of live) {
      encoding.writeVarUint(e, id);
      encoding.writeVarUint(e, (room.awareness.meta.get(id)?.clock ?? 0) + 1);
      encoding.writeVarString(e, JSON.stringify({ ...states.get(id), user: identity }));
    }
    awarenessProtocol.applyAwarenessUpdate(room.awareness, encoding.toUint8Array(e), this);
  }

  /**
   * A connection speaks for awareness clientIDs it was first to use (and that no other user owns in
   * the document, nor used in presence before).
   */
  private mayUseAwarenessId(room: Room, clientId: number): boolean {
    const holder = room.awarenessHolders.get(clientId);
    if (holder) return holder === this;
    const user = room.owners.get(clientId) ?? room.presenceUserOf(clientId);
    if (user && user !== this.userId) return false;
    const held = [...room.awarenessHolders.values()].filter((m) => m === this).length;
    if (held >= MAX_AWARENESS_IDS) return false;
    room.awarenessHolders.set(clientId, this);
    room.notePresenceUser(clientId, this.userId);
    return true;
  }
}

/** Checks a state vector's shape without trusting its counts. */
function checkStateVector(sv: Uint8Array): Uint8Array {
  const d = new SafeDecoder(sv);
  const n = d.count(2);
  for (let i = 0; i < n; i++) {
    d.varUint();
    d.varUint();
  }
  if (d.hasContent()) throw new MalformedInput('trailing bytes after state vector');
  return sv;
}

