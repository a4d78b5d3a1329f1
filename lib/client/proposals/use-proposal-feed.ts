'use client';

import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { TProposalSummary } from '@/lib/shared/schemas/proposal';
import { syncUrl } from '../board/connection';

/** The maps of the control room, later ones overriding earlier ones (a private or named copy over the public one). */
const MAPS = ['state', 'moderators', 'me'] as const;

/**
 * The board's proposals as the server pushes them to this viewer through the
 * read-only control room: public ones to everyone, private ones only to their
 * author (and those running the board), so the list holds nothing the
 * viewer may not see.
 */
export function useProposalFeed(boardId: string): TProposalSummary[] {
  const [list, setList] = useState<TProposalSummary[]>([]);
  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(syncUrl(), `${boardId}/control`, doc, { disableBc: true, maxBackoffTime: 5000 });
    const read = () => {
      const merged = new Map<string, TProposalSummary>();
      for (const name of MAPS) for (const [key, value] of doc.getMap<TProposalSummary>(name)) if (key.startsWith('proposal:')) merged.set(key, value);
      setList([...merged.values()]);
    };
    doc.on('update', read);
    return () => {
      doc.off('update', read);
      provider.destroy();
      doc.destroy();
    };
  }, [boardId]);
  return list;
}
