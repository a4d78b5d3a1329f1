import { useSyncExternalStore } from 'react';

// Who is on the board now lives in the editor's awareness; the People panel sits outside the editor
// (it is rendered by the server page), so the editor publishes the user ids here.
let online: readonly string[] = [];
const listeners = new Set<() => void>();

export function publishOnline(userIds: readonly string[]): void {
  if (userIds.length === online.length && userIds.every((id, i) => id === online[i])) return;
  online = userIds;
  for (const notify of listeners) notify();
}

const EMPTY: readonly string[] = [];

/** User ids of the people on the board right now (besides this viewer). */
export function useOnlineUserIds(): readonly string[] {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => online,
    () => EMPTY,
  );
}
