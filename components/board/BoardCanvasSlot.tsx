'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { afterFirstPaint } from '@/lib/client/first-paint';
import type { Role, Side } from '@/lib/shared/roles';

/** What the board page hands the editor, all known on the server from the session and the board row. */
export interface BoardCanvasSlotProps {
  boardId: string;
  role: Role;
  side: Side;
  customerEditMode: 'direct' | 'propose';
  customerVisibility: 'named' | 'anonymous';
  editorsDecideProposals: boolean;
  archived: boolean;
  user: { id: string; name: string };
  /** Names as this viewer may see them ("Customer 2" on anonymous boards), for presence. */
  people: Array<{ userId: string; displayName: string }>;
}

// The editor needs IndexedDB and WebSockets, so it renders in the browser only.
const BoardEditor = dynamic(() => import('./BoardEditor').then((m) => m.BoardEditor), {
  ssr: false,
  loading: () => (
    <p className="board-opening rounded-xl border border-line bg-white p-6 text-sm text-muted" role="status">
      Opening the board…
    </p>
  ),
});

/**
 * Where the live script editor mounts on the board page, once the page has
 * painted. `preview`, the board as the server had it, holds the place until
 * the editor says it is ready (`data-ready`), then goes; meanwhile the
 * editor's loading notices float over its corner (`.board-slot` in
 * globals.css) instead of pushing it down.
 */
export function BoardCanvasSlot({ preview, ...props }: BoardCanvasSlotProps & { preview?: React.ReactNode }) {
  const slot = useRef<HTMLDivElement>(null);
  const [painted, setPainted] = useState(false);
  const [live, setLive] = useState(false);
  // The editor (and Yjs) loads once the page has painted: on a slow phone its scripts would otherwise
  // compete with the first paint, which the preview makes useful on its own.
  useEffect(() => afterFirstPaint(() => setPainted(true)), []);
  useEffect(() => {
    const el = slot.current;
    if (!el || !preview) return;
    const check = () => {
      if (!el.querySelector('[data-testid="board-editor"][data-ready="true"]')) return false;
      setLive(true);
      return true;
    };
    if (check()) return;
    // Only the one attribute is watched, so typing and presence never wake this up.
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
    return () => observer.disconnect();
  }, [preview]);
  const previewing = !!preview && !live;
  return (
    <div ref={slot} className="board-slot" data-previewing={previewing ? 'true' : undefined}>
      {previewing && preview}
      {painted && <BoardEditor {...props} />}
    </div>
  );
}
