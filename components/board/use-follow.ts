'use client';

import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readPeers, type PresenceView } from '@/lib/client/board/presence';

/** Following someone: calls `onView` with their script and step whenever they change. Stops when they leave. */
export function useFollow(awareness: Awareness | null, onView: (view: PresenceView) => void) {
  const [following, setFollowing] = useState<number | null>(null);
  useEffect(() => {
    if (!awareness || following === null) return;
    let last = '';
    const onChange = () => {
      const peer = readPeers(awareness).find((p) => p.clientId === following);
      if (!peer) return setFollowing(null);
      const key = JSON.stringify(peer.view);
      if (peer.view && key !== last) {
        last = key;
        onView(peer.view);
      }
    };
    onChange();
    awareness.on('change', onChange);
    return () => awareness.off('change', onChange);
    // onView is re-created on every render of the editor; the subscription only depends on whom we follow.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [awareness, following]);
  return [following, setFollowing] as const;
}
