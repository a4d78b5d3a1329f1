'use client';

import dynamic from 'next/dynamic';
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
    <p className="rounded-xl border border-line bg-white p-6 text-sm text-muted" role="status">
      Opening the board…
    </p>
  ),
});

/** Where the live script editor mounts on the board page. */
export function BoardCanvasSlot(props: BoardCanvasSlotProps) {
  return <BoardEditor {...props} />;
}
