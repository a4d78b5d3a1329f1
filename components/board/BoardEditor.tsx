'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Peer } from '@/lib/client/board/presence';
import { presenceColor } from '@/lib/shared/presence-color';
import { PresenceIndex } from '@/lib/client/board/presence-index';
import { enableOfflineBoardPages } from '@/lib/client/offline/service-worker';
import { canManageLanes, readOnlyReason, type EditorActor } from '@/lib/shared/board-doc/access';
import { allows } from '@/lib/shared/policy';
import type { BoardCanvasSlotProps } from './BoardCanvasSlot';
import { discardDraft } from '@/lib/client/board/refusal';
import { ProposalsProvider } from '@/components/proposals/ProposalsProvider';
import { BoardWorkspace } from './BoardWorkspace';
import { DraftPanel } from './DraftPanel';
import { useLiveAccess } from './use-live-access';
import { ConnectionBadge } from './ConnectionBadge';
import { EditorContext, type EditorContextValue } from './editor-context';
import { EditorToast, type ToastState } from './EditorToast';
import { useBoardConnection } from './use-board-connection';

/** The live editor: connection, presence identity, undo shortcuts, read-only rules; the board itself is in BoardWorkspace. */
export function BoardEditor(props: BoardCanvasSlotProps) {
  const { boardId, role, side, customerEditMode, customerVisibility, editorsDecideProposals, archived, user, people } = props;
  const { conn, status, ready, localLoaded, refusal, draft, setDraft } = useBoardConnection(boardId);
  const [toast, setToast] = useState<ToastState | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const rendered: EditorActor = useMemo(
    () => ({ role, side, board: { customerEditMode, customerVisibility, archived, editorsDecideProposals }, phase: null }),
    [role, side, customerEditMode, customerVisibility, archived, editorsDecideProposals],
  );
  // What the rule book lets this person do now: follows role, side and settings changes live.
  const actor = useLiveAccess(boardId, rendered);
  const readOnly = readOnlyReason(actor);

  // Once the board is on screen, when the browser is idle: installing the worker must not slow the first load.
  useEffect(() => {
    if (!ready) return;
    if ('requestIdleCallback' in window) window.requestIdleCallback(enableOfflineBoardPages);
    else setTimeout(enableOfflineBoardPages, 1000);
  }, [ready]);

  // Customers on anonymous boards publish no name: each peer shows the name the server lets them see.
  const mayShareName = allows(actor, 'presence.named');
  useEffect(() => {
    if (!conn) return;
    conn.provider.awareness.setLocalStateField('user', { id: user.id, name: mayShareName ? user.name : null, side: actor.side, color: presenceColor(user.id) });
  }, [conn, user.id, user.name, actor, mayShareName]);

  const names = useMemo(() => new Map(people.map((p) => [p.userId, p.displayName])), [people]);
  // On anonymous boards a customer is named only as the server's participant list names them for this viewer.
  const hideCustomerNames = !allows(actor, 'people.seeCustomerNames');
  const nameOf = useCallback(
    (peer: Peer) => {
      const known = names.get(peer.user.id);
      if (peer.user.side === 'customer' && peer.user.id !== user.id) {
        if (!hideCustomerNames) return peer.user.name ?? known ?? 'Customer';
        // The participant list was anonymised for this viewer only if the board was anonymous when the page was rendered.
        return customerVisibility === 'anonymous' ? (known ?? 'Customer') : 'Customer';
      }
      return known ?? peer.user.name ?? 'Someone from the firm';
    },
    [names, hideCustomerNames, customerVisibility, user.id],
  );

  const notify = useCallback((message: string, undoable = false) => setToast({ message, undoable, at: Date.now() }), []);

  const presence = useMemo(() => (conn ? new PresenceIndex(conn.provider.awareness) : null), [conn]);
  useEffect(() => () => presence?.destroy(), [presence]);

  const context: EditorContextValue | null = useMemo(
    () =>
      conn && presence
        ? { conn, awareness: conn.provider.awareness, presence, actor, readOnly, canManageLanes: canManageLanes(actor), nameOf, notify }
        : null,
    [conn, presence, actor, readOnly, nameOf, notify],
  );

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!conn || readOnly || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
    if (key !== 'z' && !redo) return;
    // Our own undo replaces the textarea's: it knows about the shared document and only about our changes.
    e.preventDefault();
    if (redo) conn.undo.redo();
    else conn.undo.undo();
  };
  const onBeforeInput = (e: React.FormEvent) => {
    const type = (e.nativeEvent as InputEvent).inputType;
    if (type === 'historyUndo' || type === 'historyRedo') e.preventDefault();
  };

  return (
    <div ref={root} className="space-y-4" onKeyDownCapture={onKeyDown} onBeforeInputCapture={onBeforeInput} data-testid="board-editor" data-ready={context && ready ? 'true' : 'false'}>
      {readOnly && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="read-only-reason">
          <strong className="font-semibold">Read-only.</strong> {readOnly}
        </p>
      )}
      {refusal && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="alert" data-testid="refusal-note">
          {refusal}
        </p>
      )}
      {draft && draft.pieces.length > 0 && (
        <DraftPanel
          draft={draft}
          onDiscard={() => {
            discardDraft(boardId);
            setDraft(null);
          }}
        />
      )}
      {status.refused && (
        <p className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900" role="alert">
          The board stopped syncing: {status.refused} Reload the page to try again.
        </p>
      )}
      {!context || !ready ? (
        <div className="flex items-center justify-between rounded-xl border border-line bg-white p-6 text-sm text-muted">
          <p role="status">{localLoaded && status.state === 'offline' ? 'You are offline and this board is not on this device yet.' : 'Loading the board…'}</p>
          <ConnectionBadge status={status} readOnly={readOnly !== null} />
        </div>
      ) : (
        <EditorContext.Provider value={context}>
          <ProposalsProvider boardId={boardId} viewerId={user.id} rules={actor}>
            <BoardWorkspace status={status} nameOf={nameOf} />
          </ProposalsProvider>
        </EditorContext.Provider>
      )}
      <EditorToast toast={toast} onUndo={() => conn?.undo.undo()} onClose={() => setToast(null)} />
    </div>
  );
}
