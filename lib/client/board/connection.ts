import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { BOARD_COPY_PREFIX, forgetOfflineData } from '../offline/board-copies';
import { LOCAL_ORIGIN } from './origin';
import { isRefusedWrite } from './refused-write';
import { SOCKET_OPTIONS, syncUrl } from './sync-url';

export type ConnectionState = 'syncing' | 'live' | 'offline';

export interface BoardConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  persistence: IndexeddbPersistence;
  undo: Y.UndoManager;
  /** Runs `fn` as one undoable step of this person (structural changes; typing goes through the text binding). */
  act<T>(fn: () => T): T;
  destroy(): void;
}

/**
 * One board document, kept in IndexedDB (so edits made offline survive a
 * reload and are merged on reconnect) and synced over the board's socket.
 */
export function openBoardConnection(boardId: string): BoardConnection {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(`${BOARD_COPY_PREFIX}${boardId}`, doc);
  // Cross-tab BroadcastChannel would bypass the server, which must see (and attribute) every update.
  const provider = new WebsocketProvider(syncUrl(), boardId, doc, SOCKET_OPTIONS);
  const undo = new Y.UndoManager([doc.getMap('lanes'), doc.getMap('scripts')], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
  });
  // A lost network often leaves the socket looking open until a timeout: go offline at once,
  // keep editing locally, and reconnect (and merge) as soon as the browser is back online.
  const goOffline = () => provider.disconnect();
  const goOnline = () => provider.connect();
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  if (!navigator.onLine) provider.disconnect();
  return {
    doc,
    provider,
    persistence,
    undo,
    act<T>(fn: () => T): T {
      // A structural change is an undo step of its own, never merged with typing just before or after it.
      undo.stopCapturing();
      let result!: T;
      doc.transact(() => {
        result = fn();
      }, LOCAL_ORIGIN);
      undo.stopCapturing();
      return result;
    },
    destroy() {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      undo.destroy();
      provider.destroy();
      void persistence.destroy();
      doc.destroy();
    },
  };
}

export interface ConnectionStatus {
  state: ConnectionState;
  /** Set when the server refused the socket for good (4400–4499), with its reason. */
  refused: string | null;
}

/** Close code 4401: no valid session (signed out here or elsewhere, or idle too long). */
const SESSION_ENDED = 4401;

/** Reports live / syncing / offline as the socket and the browser's network change. */
export function watchConnection(conn: BoardConnection, onChange: (status: ConnectionStatus) => void): () => void {
  const { provider } = conn;
  let refused: string | null = null;
  const report = () => {
    let state: ConnectionState = 'offline';
    if (!navigator.onLine || refused) state = 'offline';
    else if (provider.wsconnected && provider.synced) state = 'live';
    else if (provider.wsconnected || provider.wsconnecting || provider.shouldConnect) state = 'syncing';
    onChange({ state, refused });
  };
  const onClosed = (event: { code: number; reason: string }) => {
    // A refused change is not a lost connection: the board recovers from it (refusal.ts).
    if (isRefusedWrite(event.code, event.reason)) return;
    refused = event.reason || `The server closed the connection (${event.code}).`;
    if (event.code === SESSION_ENDED) void forgetOfflineData();
    report();
  };
  provider.on('status', report);
  provider.on('sync', report);
  provider.on('closed', onClosed);
  window.addEventListener('online', report);
  window.addEventListener('offline', report);
  report();
  return () => {
    provider.off('status', report);
    provider.off('sync', report);
    provider.off('closed', onClosed);
    window.removeEventListener('online', report);
    window.removeEventListener('offline', report);
  };
}
