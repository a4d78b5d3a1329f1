'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceIndex } from '@/lib/client/board/presence-index';
import { readPeers, type Peer } from '@/lib/client/board/presence';

/** Everyone else on the board right now. Re-renders on every presence change: use it in small components only. */
export function usePeers(awareness: Awareness): Peer[] {
  const [peers, setPeers] = useState<Peer[]>(() => readPeers(awareness));
  useEffect(() => {
    const onChange = () => setPeers(readPeers(awareness));
    onChange();
    awareness.on('change', onChange);
    return () => awareness.off('change', onChange);
  }, [awareness]);
  return peers;
}

/** The people whose caret is in one text field; re-renders only when those carets change. */
export function useFieldPeers(presence: PresenceIndex, key: string): Peer[] {
  const [peers, setPeers] = useState<Peer[]>(() => presence.peersIn(key));
  useEffect(() => {
    setPeers(presence.peersIn(key));
    return presence.subscribe(key, setPeers);
  }, [presence, key]);
  return peers;
}

/** Whether the viewport is narrow enough for the single-step card view. */
export function useIsNarrow(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia('(max-width: 640px)');
      query.addEventListener('change', notify);
      return () => query.removeEventListener('change', notify);
    },
    () => window.matchMedia('(max-width: 640px)').matches,
    () => false,
  );
}
