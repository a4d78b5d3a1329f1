'use client';

import { startTransition, useEffect, useState } from 'react';
import { openBoardConnection, watchConnection, type BoardConnection, type ConnectionStatus } from '@/lib/client/board/connection';
import { loadDraft, recoverFromRefusal, type Draft } from '@/lib/client/board/refusal';
import { isRefusedWrite, plainReason } from '@/lib/client/board/refused-write';
import { lanesOf } from '@/lib/shared/board-doc/layout';

export interface BoardConnectionState {
  conn: BoardConnection | null;
  status: ConnectionStatus;
  /** True once the document has content, from this device's copy or from the server. */
  ready: boolean;
  /** True once this device's copy was read (so "empty" really means not here yet). */
  localLoaded: boolean;
  /** What happened to a change the server refused, in plain words (null when nothing was refused). */
  refusal: string | null;
  /** This person's words the server did not take, kept on this device. */
  draft: Draft | null;
  setDraft(draft: Draft | null): void;
}

/**
 * Opens the board document for as long as the component is mounted. When
 * the server refuses a change, the document and its offline copy are
 * replaced by the server's state (the person's words kept aside as a draft)
 * and a fresh connection is opened: a refused change is never re-sent.
 */
export function useBoardConnection(boardId: string): BoardConnectionState {
  const [conn, setConn] = useState<BoardConnection | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>({ state: 'syncing', refused: null });
  const [ready, setReady] = useState(false);
  const [localLoaded, setLocalLoaded] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);

  useEffect(() => setDraft(loadDraft(boardId)), [boardId]);

  useEffect(() => {
    const c = openBoardConnection(boardId);
    setConn(c);
    setReady(false);
    setLocalLoaded(false);
    // Listens only until the content arrives: a state update per keystroke would re-render the whole editor.
    const check = () => {
      if (lanesOf(c.doc).size === 0) return;
      // Mounting the whole board is the page's biggest render: as a transition React renders it in
      // slices, so a slow phone stays responsive meanwhile (the preview stays on screen until it is done).
      startTransition(() => setReady(true));
      c.doc.off('update', check);
    };
    c.doc.on('update', check);
    void c.persistence.whenSynced.then(() => {
      setLocalLoaded(true);
      check();
    });
    let recovering = false;
    const onClosed = (event: { code: number; reason: string }) => {
      if (!isRefusedWrite(event.code, event.reason) || recovering) return;
      recovering = true;
      setRefusal(`Your last change was not saved: ${plainReason(event.reason)} The board now shows what everyone sees.`);
      void recoverFromRefusal(c, boardId, event.reason).then((kept) => {
        if (kept.pieces.length) setRefusal(`Your last change was not saved: ${kept.reason} The board now shows what everyone sees; your words are kept below.`);
        setDraft(loadDraft(boardId));
        setGeneration((g) => g + 1);
      });
    };
    c.provider.on('closed', onClosed);
    const stop = watchConnection(c, setStatus);
    return () => {
      stop();
      c.provider.off('closed', onClosed);
      c.doc.off('update', check);
      c.destroy();
    };
  }, [boardId, generation]);

  return { conn, status, ready, localLoaded, refusal, draft, setDraft };
}
