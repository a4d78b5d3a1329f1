import { forgetOfflinePages } from './service-worker';

/** Each board's document is kept in its own IndexedDB database (y-indexeddb) under this prefix. */
export const BOARD_COPY_PREFIX = 'coscript-board-';

/** How long to wait for an open board tab to let go of its copy before giving up on it. */
const BLOCKED_WAIT_MS = 3000;

/**
 * Deletes every board copy this browser keeps for offline use. On a shared workshop laptop the next
 * person must not be able to read the previous person's boards: runs on sign-out and when the
 * server says the session is over. An open board's copy is closed by y-indexeddb as soon as the
 * deletion asks for it.
 */
export async function forgetBoardCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases().catch(() => []);
  await Promise.all(databases.flatMap((d) => (d.name?.startsWith(BOARD_COPY_PREFIX) ? [deleteDatabase(d.name)] : [])));
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = () => resolve();
    request.onblocked = () => setTimeout(resolve, BLOCKED_WAIT_MS);
  });
}

/** Everything kept for offline use: board pages (service worker) and board copies (IndexedDB). */
export async function forgetOfflineData(): Promise<void> {
  await Promise.all([forgetOfflinePages().catch(() => undefined), forgetBoardCopies().catch(() => undefined)]);
}
