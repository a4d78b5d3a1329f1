'use client';

import { useEffect, useState } from 'react';
import { openBoardConnection, watchConnection, type BoardConnection, type ConnectionStatus } from '@/lib/client/board/connection';
import { lanesOf } from '@/lib/shared/board-doc/layout';

export interface BoardConnectionState {
  conn: BoardConnection | null;
  status: ConnectionStatus;
  /** True once the document has content, from this device's copy or from the server. */
  ready: boolean;
  /** True once this device's copy was read (so "empty" really means not here yet). */
  localLoaded: boolean;
}

/** Opens the board document for as long as the component is mounted. */
export function useBoardConnection(boardId: string): BoardConnectionState {
  const [conn, setConn] = useState<BoardConnection | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>({ state: 'syncing', refused: null });
  const [ready, setReady] = useState(false);
  const [localLoaded, setLocalLoaded] = useState(false);

  useEffect(() => {
    const c = openBoardConnection(boardId);
    setConn(c);
    setReady(false);
    setLocalLoaded(false);
    // Listens only until the content arrives: a state update per keystroke would re-render the whole editor.
    const check = () => {
      if (lanesOf(c.doc).size === 0) return;
      setReady(true);
      c.doc.off('update', check);
    };
    c.doc.on('update', check);
    void c.persistence.whenSynced.then(() => {
      setLocalLoaded(true);
      check();
    });
    const stop = watchConnection(c, setStatus);
    return () => {
      stop();
      c.doc.off('update', check);
      c.destroy();
    };
  }, [boardId]);

  return { conn, status, ready, localLoaded };
}
