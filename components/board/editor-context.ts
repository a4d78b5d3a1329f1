'use client';

import { createContext, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardConnection } from '@/lib/client/board/connection';
import type { Peer } from '@/lib/client/board/presence';
import type { PresenceIndex } from '@/lib/client/board/presence-index';
import type { EditorActor } from '@/lib/shared/board-doc/access';

export interface EditorContextValue {
  conn: BoardConnection;
  awareness: Awareness;
  presence: PresenceIndex;
  actor: EditorActor;
  /** Null when this person may edit; otherwise why not (shown on the page). */
  readOnly: string | null;
  canManageLanes: boolean;
  /** The name this viewer may see for a peer (anonymous boards number customers). */
  nameOf(peer: Peer): string;
  /** Shows a short message with an optional Undo button. */
  notify(message: string, undoable?: boolean): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the board editor');
  return value;
}
