import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import type { RoomKind } from '../../lib/server/sync/update-log';
import { MessageType, SyncType } from './protocol';

/** What a room needs from a connection to send it things. */
export interface RoomMember {
  readonly userId: string;
  send(message: Uint8Array): void;
}

/** Origin of changes the server makes itself (seed, control room API). */
export const SERVER_ORIGIN = Symbol('server');
/** Origin of changes that arrived from another process (already persisted there). */
export const REMOTE_ORIGIN = Symbol('remote');

export interface RoomHooks {
  /** A change was applied: persist it (unless remote) and fan it out to other processes. */
  afterUpdate(room: Room, update: Uint8Array, origin: unknown): void;
  /** Awareness changed locally: fan it out to other processes. */
  afterAwareness(room: Room, update: Uint8Array): void;
}

// Awareness is coalesced: one message per window carries every client that changed.
const AWARENESS_WINDOW_MS = 25;
const MAX_PRESENCE_USERS = 10_000;

/** One live Yjs document (a board's content or control room) and the sockets on it. */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly members = new Set<RoomMember>();
  /** Which member holds which awareness clientID. */
  readonly awarenessHolders = new Map<number, RoomMember>();
  /** Who first used each clientID in presence here, kept after they leave (see presenceUserOf). */
  private readonly presenceUsers = new Map<number, string>();
  /** Highest log seq this process knows is included (load, catch-up). */
  knownSeq = 0;
  /** Seq the newest checkpoint covers (or is queued to cover): checkpoints follow committed seqs. */
  checkpointSeq = 0;
  private changedAwareness = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  /** SyncStep2 for a client that has nothing yet, shared by everyone joining until the document changes. */
  private fullStateAnswer: Uint8Array | null = null;
  /** Updates applied since the last broadcast, and who sent them. */
  private outgoing: Uint8Array[] = [];
  private outgoingOrigins = new Set<unknown>();
  private broadcastSoon: NodeJS.Immediate | null = null;
  private broadcastLater: NodeJS.Timeout | null = null;
  private nextBroadcastAt = 0;

  constructor(
    readonly boardId: string,
    readonly kind: RoomKind,
    /** Owners of Yjs clientIDs on the board (shared by the board's rooms). */
    readonly owners: Map<number, string>,
    private readonly hooks: RoomHooks,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.fullStateAnswer = null;
      this.outgoing.push(update);
      this.outgoingOrigins.add(origin);
      if (!this.broadcastSoon && !this.broadcastLater) this.scheduleBroadcast();
      this.hooks.afterUpdate(this, update, origin);
    });
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      for (const id of [...added!, ...updated!, ...removed!]) this.changedAwareness.add(id);
      if (origin !== REMOTE_ORIGIN && origin !== 'timeout') {
        this.hooks.afterAwareness(this, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...added!, ...updated!, ...removed!]));
      }
      this.awarenessTimer ??= setTimeout(() => this.flushAwareness(), AWARENESS_WINDOW_MS);
    });
  }

  get name(): string {
    return `${this.boardId}/${this.kind}`;
  }

  /** The opening messages for a new member: our state vector, then everyone's presence. */
  greet(member: RoomMember): void {
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MessageType.sync);
    encoding.writeVarUint(step1, SyncType.step1);
    encoding.writeVarUint8Array(step1, Y.encodeStateVector(this.doc));
    member.send(encoding.toUint8Array(step1));
    if (this.awareness.getStates().size) member.send(this.encodeAwareness([...this.awareness.getStates().keys()]));
  }

  /** SyncStep2 answering a client's state vector. */
  answerStep1(stateVector: Uint8Array): Uint8Array {
    // A new client's state vector is empty (one zero byte): a join storm costs one encoding, not one per client.
    if (stateVector.length === 1 && stateVector[0] === 0) {
      return (this.fullStateAnswer ??= encodeSync(SyncType.step2, Y.encodeStateAsUpdate(this.doc)));
    }
    return encodeSync(SyncType.step2, Y.encodeStateAsUpdate(this.doc, stateVector));
  }

  encodeAwareness(clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    return encoding.toUint8Array(encoder);
  }

  /** Applies an update another process received (and persisted). */
  applyRemoteUpdate(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
  }

  /**
   * The user whose presence used this clientID first: while the room is
   * loaded here, or, from another process, the identity its server stamped.
   * A clientID shows in presence before its holder writes with it, so a
   * peer could otherwise write with it first, own it, and lock its holder
   * out of the board.
   */
  presenceUserOf(clientId: number): string | undefined {
    const state = this.awareness.getStates().get(clientId) as { user?: { id?: unknown } } | undefined;
    return this.presenceUsers.get(clientId) ?? (typeof state?.user?.id === 'string' ? state.user.id : undefined);
  }

  notePresenceUser(clientId: number, userId: string): void {
    if (this.presenceUsers.has(clientId)) return;
    // Bounded: past the cap the oldest go first (each socket holds a few clientIDs at most).
    if (this.presenceUsers.size >= MAX_PRESENCE_USERS) this.presenceUsers.delete(this.presenceUsers.keys().next().value!);
    this.presenceUsers.set(clientId, userId);
  }

  /** Removes a member and the presence it held. */
  leave(member: RoomMember): void {
    this.members.delete(member);
    const held = [...this.awarenessHolders].filter(([, m]) => m === member).map(([id]) => id);
    for (const id of held) this.awarenessHolders.delete(id);
    if (held.length) awarenessProtocol.removeAwarenessStates(this.awareness, held, member);
  }

  /**
   * Broadcasts run once the event loop has handled the frames it read
   * together: idle, every update goes out on its own at once; under load,
   * each peer gets one merged update per turn instead of one per sender,
   * which is what keeps fan-out to hundreds of sockets from saturating the
   * process.
   */
  private scheduleBroadcast(): void {
    const wait = this.nextBroadcastAt - performance.now();
    if (wait > 1) this.broadcastLater = setTimeout(() => this.flushUpdates(), wait);
    else this.broadcastSoon = setImmediate(() => this.flushUpdates());
  }

  private cancelBroadcast(): void {
    if (this.broadcastSoon) clearImmediate(this.broadcastSoon);
    if (this.broadcastLater) clearTimeout(this.broadcastLater);
    this.broadcastSoon = this.broadcastLater = null;
  }

  /** Sends what changed since the last broadcast as one message. */
  flushUpdates(): void {
    this.cancelBroadcast();
    const started = performance.now();
    const updates = this.outgoing;
    const origins = this.outgoingOrigins;
    this.outgoing = [];
    this.outgoingOrigins = new Set();
    if (!updates.length || !this.members.size) return;
    const message = encodeSync(SyncType.update, mergeInRounds(updates));
    // A sender gets its own changes back only when they travel with someone else's (harmless: Yjs skips what it has).
    const onlySender = origins.size === 1 ? [...origins][0] : undefined;
    for (const m of this.members) if (m !== onlySender) m.send(message);
    // The next broadcast waits as long as this one took: one room's fan-out gets at most half the process.
    const done = performance.now();
    this.nextBroadcastAt = done + (done - started);
  }

  flushAwareness(): void {
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.awarenessTimer = null;
    if (!this.changedAwareness.size) return;
    const message = this.encodeAwareness([...this.changedAwareness]);
    this.changedAwareness.clear();
    for (const m of this.members) m.send(message);
  }

  destroy(): void {
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.cancelBroadcast();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

// Y.mergeUpdates re-sorts every input for each run of structs it writes: quadratic in the number of
// updates. A backlog of thousands (one fast writer) is merged in rounds of this many instead.
const MERGE_FAN_IN = 32;

function mergeInRounds(updates: Uint8Array[]): Uint8Array {
  while (updates.length > 1) {
    const merged: Uint8Array[] = [];
    for (let i = 0; i < updates.length; i += MERGE_FAN_IN) {
      const group = updates.slice(i, i + MERGE_FAN_IN);
      merged.push(group.length === 1 ? group[0]! : Y.mergeUpdates(group));
    }
    updates = merged;
  }
  return updates[0]!;
}

export function encodeSync(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
