import type { BoardOutline } from '../shared/board-doc/outline';
import type { TBoardChange } from '../shared/schemas/board-change';
import type { TConfig } from './config';
import type { Db } from './db';
import type { Audience } from './sync/audience';
import type { Credit } from './sync/credit';
import type { RoomCopy } from './sync/room-copies';

/** What a credited server write did: the ids it created, or the first target it could not find. */
export type ServerWriteResult = { created: string[] } | { missing: string };
import type { BoardSnapshot } from '../shared/board-doc/snapshot';

/** Live hooks the sync server exposes to the rest of the process (set once it starts). */
export interface SyncHooks {
  /** Re-check open sockets of a user (or of a whole board) against the database now. */
  recheckAccess(boardId: string, userId?: string): void;
  /** Close every socket of a user (after "sign out everywhere"), or only those of one session (after a sign-out). */
  disconnectUser(userId: string, sessionId?: string): void;
  /**
   * Sets (or with `undefined` deletes) `key` in the state the board's control
   * room (`/sync/<boardId>/control`) serves to `audience` (default
   * everyone: map `state`; moderators: map `moderators`; one person: map
   * `me`), live. Only sockets of that audience receive it. Plain JSON only:
   * never pass Y objects across (Next's bundles have their own yjs).
   */
  setControlState(boardId: string, key: string, value: unknown, audience?: Audience): Promise<void>;
  /** As `setControlState` for several keys at once: one update to the audience's sockets. */
  setControlStates(boardId: string, entries: Record<string, unknown>, audience?: Audience): Promise<void>;
  /** An audience's control state as plain JSON. */
  getControlState(boardId: string, audience?: Audience): Promise<Record<string, unknown>>;
  /**
   * Applies a plain-data change to a board's content as one update credited
   * to `credit`: stored in the update log with its author (and accepter,
   * proposal, session) and sent to every open socket like any other. Use
   * `applyAsServer` (lib/server/boards/apply-as-server.ts), which checks first.
   */
  applyAsServer(opts: { boardId: string; change: TBoardChange; credit: Credit }): Promise<ServerWriteResult>;
  /** Full states of the board's rooms this process holds in memory (for `coscript board check --repair`). */
  roomCopies(boardId: string): RoomCopy[];
  /** What the board page renders before its live editor connects (plain JSON, see `readSnapshot`). */
  getContentSnapshot(boardId: string, scriptId: string | null): Promise<BoardSnapshot>;
  /** The board's content as plain JSON (scripts, steps, cell texts, lanes), as the server holds it now. */
  readOutline(boardId: string): Promise<BoardOutline>;
}

export interface Runtime {
  config: TConfig;
  db: Db;
  /** Secret for session JWTs: NEXTAUTH_SECRET or the one generated into DATA_DIR. */
  secret: string;
  /** Where the app is reachable, e.g. http://127.0.0.1:3000. */
  publicUrl: string;
  /** The secret the CLI uses to reach a running server (read from DATA_DIR). */
  adminSecret: string;
  sync?: SyncHooks;
}

// Next's bundles and the custom server load separate module instances, so the
// process-wide state lives on globalThis under a registered symbol.
const KEY = Symbol.for('coscript.runtime');
type Holder = { [KEY]?: Runtime };

export function setRuntime(runtime: Runtime): void {
  (globalThis as Holder)[KEY] = runtime;
}

export function getRuntime(): Runtime {
  const runtime = (globalThis as Holder)[KEY];
  if (!runtime) throw new Error('Coscript runtime is not initialised: start the app with `npm start` (server/main.ts).');
  return runtime;
}

export function clearRuntime(): void {
  delete (globalThis as Holder)[KEY];
}
