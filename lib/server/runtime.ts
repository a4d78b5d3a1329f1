import type { TConfig } from './config';
import type { Db } from './db';
import type { BoardSnapshot } from '../shared/board-doc/snapshot';

/** Live hooks the sync server exposes to the rest of the process (set once it starts). */
export interface SyncHooks {
  /** Re-check open sockets of a user (or of a whole board) against the database now. */
  recheckAccess(boardId: string, userId?: string): void;
  /** Close every socket of a user, e.g. after "sign out everywhere". */
  disconnectUser(userId: string): void;
  /**
   * Sets (or with `undefined` deletes) `key` in the board's control room
   * (`/sync/<boardId>/control`, map `state`), live for every client. Plain
   * JSON only: never pass Y objects across (Next's bundles have their own yjs).
   */
  setControlState(boardId: string, key: string, value: unknown): Promise<void>;
  /** The control room's `state` map as plain JSON. */
  getControlState(boardId: string): Promise<Record<string, unknown>>;
  /** What the board page renders before its live editor connects (plain JSON, see `readSnapshot`). */
  getContentSnapshot(boardId: string, scriptId: string | null): Promise<BoardSnapshot>;
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
