'use client';

import { useEffect, useState } from 'react';
import type { TProposalSummary } from '@/lib/shared/schemas/proposal';
import { openControl } from '../board/control';

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
    // The page's one control socket, shared with the live rules.
    const control = openControl(boardId);
    const { doc } = control;
    const read = () => {
      const merged = new Map<string, TProposalSummary>();
      for (const name of MAPS) for (const [key, value] of doc.getMap<TProposalSummary>(name)) if (key.startsWith('proposal:')) merged.set(key, value);
      setList([...merged.values()]);
    };
    doc.on('update', read);
    read();
    return () => {
      doc.off('update', read);
      control.destroy();
    };
  }, [boardId]);
  return list;
}
