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
 * Where the live script editor mounts on the board page. `preview`, the board
 * as the server had it, holds the place until the editor is live; the swap is
 * CSS (`.board-slot` in globals.css), so nothing waits on a render.
 */
export function BoardCanvasSlot({ preview, ...props }: BoardCanvasSlotProps & { preview?: React.ReactNode }) {
  return (
    <div className="board-slot">
      {preview && <div className="board-preview">{preview}</div>}
      <BoardEditor {...props} />
    </div>
  );
}
