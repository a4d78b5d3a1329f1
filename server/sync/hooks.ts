import type { IncomingMessage } from 'node:http';
import type { TConfig } from '../../lib/server/config';
import type { Db } from '../../lib/server/db';
import { audiencesOf, type Audience } from '../../lib/server/sync/audience';
import type { Credit } from '../../lib/server/sync/credit';
import type { ParsedUpdate } from '../../lib/server/sync/parse-update';
import type { LoadedRoom } from '../../lib/server/sync/room-storage';
import type { PendingUpdate, RoomKind, UpdateLog } from '../../lib/server/sync/update-log';
import { allowedOrigins, authenticate, type Admission } from './admission';
import { authorizeUpdateHook } from './authorize-hook';
import type { Connection } from './connection';
import { loadDocument } from './load-document';
import type { Room } from './room';

/** The loaded state of a room, as storage has it. */
export type LoadedDocument = Omit<LoadedRoom, 'integrity'>;

/** One incoming update, as the `authorizeUpdate` hook sees it. */
export interface UpdateContext {
  conn: Connection;
  room: Room;
  update: Uint8Array;
  parsed: ParsedUpdate;
  /** Whether it is the client's SyncStep2 (the reconnect handshake) rather than a live update. */
  handshake: boolean;
}

/**
 * Updates and awareness to and from the other processes (scale-out). An
 * update goes out as soon as it is queued for the log, with its credit and
 * origin id; the others apply it at once and keep it until its commit is
 * confirmed, storing it themselves (`onOrphans`) if that confirmation does
 * not come. So nothing a peer has seen can be missing from the log.
 */
export interface FanOut {
  /** The id an update is stored under, so whichever process stores it, it is stored once. */
  newOriginId(): Uint8Array;
  /** An update this process applied and queued for its log (it carries its originId). */
  publishUpdate(update: PendingUpdate): void;
  /** Updates this process has committed: the others drop their copies. */
  confirmCommitted(updates: PendingUpdate[]): void;
  /** Set by the registry: stores what another process published and never confirmed (under the update's origin id). */
  onOrphans: (updates: PendingUpdate[]) => void;
  /** Hands every unconfirmed update to `onOrphans` now (before this process stops; storing twice is harmless). */
  adoptUnconfirmed(): void;
  publishAwareness(room: Room, update: Uint8Array): void;
  subscribe(room: Room): Promise<void>;
  unsubscribe(room: Room): Promise<void>;
}

/**
 * The named hooks of the sync core, one object (like a Hocuspocus
 * extension). The core calls them in this order; wrap one to observe or
 * change it (`new SyncServer({ …, hooks: (d) => ({ ...d, storeUpdates }) })`).
 */
export interface SyncCoreHooks {
  /** An upgrade request → who it is and what it may do on which room; throws SocketRefusal (its close code). */
  authenticate(req: IncomingMessage): Promise<Admission>;
  /** The audiences (control documents) an admitted control socket receives. */
  audienceOf(admission: Admission): Audience[];
  /** A room's state from storage (seeding a new board); throws SocketRefusal when storage cannot serve it whole. */
  loadDocument(boardId: string, kind: RoomKind): Promise<LoadedDocument>;
  /** The update to apply (possibly trimmed), or null to ignore it; throws SocketRefusal. Decides before anything changes. */
  authorizeUpdate(ctx: UpdateContext): Promise<Uint8Array | null>;
  /** Called once per applied update that did not come from storage or another process, with whom it is credited to. */
  storeUpdates(room: Room, update: Uint8Array, credit: Credit | null): void;
  /** Scale-out: present when other processes share the boards. */
  fanOut?: FanOut;
}

/**
 * The hooks of a Coscript process: admission.ts, authorize-hook.ts
 * (authorize-update.ts plus clientID claims), load-document.ts, the core's
 * update log, fanout-redis.ts and the rule book's audiences.
 */
export function defaultSyncHooks(opts: { config: TConfig; db: Db; publicUrl: () => string; log: UpdateLog; fanOut?: FanOut }): SyncCoreHooks {
  const { config, db, log, fanOut } = opts;
  return {
    authenticate: (req) => authenticate({ req, config, isAllowedOrigin: allowedOrigins(config, opts.publicUrl()) }),
    audienceOf: (admission) => audiencesOf(admission.actor.userId, admission.rules),
    loadDocument: (boardId, kind) => loadDocument(db, boardId, kind),
    authorizeUpdate: authorizeUpdateHook({ db, log, scaledOut: !!fanOut }),
    storeUpdates: (room, update, credit) => {
      const pending: PendingUpdate = {
        boardId: room.boardId,
        room: room.kind,
        authorId: credit?.authorId ?? null,
        sessionId: credit?.sessionId ?? null,
        acceptedBy: credit?.acceptedBy ?? null,
        proposalId: credit?.proposalId ?? null,
        originId: fanOut?.newOriginId() ?? null,
        data: update,
        receivedAt: Date.now(),
      };
      log.append(pending);
      fanOut?.publishUpdate(pending);
    },
    fanOut,
  };
}
