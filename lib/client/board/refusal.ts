import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { listLanes } from '@/lib/shared/board-doc/lanes';
import { cellsOf, stepsOf, textOf } from '@/lib/shared/board-doc/layout';
import { getScript, listScripts } from '@/lib/shared/board-doc/scripts';
import { listSteps } from '@/lib/shared/board-doc/steps';
import type { BoardConnection } from './connection';
import { plainReason } from './refused-write';
import { SOCKET_OPTIONS, syncUrl } from './sync-url';

/** Words of this person the server did not take, kept on this device so they can be copied (later: proposed). */
export interface DraftPiece {
  where: string;
  text: string;
}

export interface Draft {
  reason: string;
  at: string;
  pieces: DraftPiece[];
}

const draftKey = (boardId: string) => `coscript-draft-${boardId}`;

/**
 * After a refused change: fetches the server's state into a fresh document,
 * keeps aside every text of this device that differs from it (as a draft,
 * stored in localStorage so a reload keeps it), and forgets this device's
 * offline copy, so the refused change is never re-sent and never lands later
 * on its own. The caller then opens a fresh connection (it starts from the
 * server's state).
 */
export async function recoverFromRefusal(conn: BoardConnection, boardId: string, reason: string): Promise<Draft> {
  conn.provider.disconnect();
  const server = await fetchServerState(boardId);
  const pieces = textsNotOnServer(conn.doc, server);
  server.destroy();
  const draft: Draft = { reason: plainReason(reason), at: new Date().toISOString(), pieces };
  if (pieces.length) saveDraft(boardId, draft);
  await conn.persistence.clearData();
  return draft;
}

/** The board as the server has it: a fresh document sends nothing of its own, so a read-only socket may fetch it. */
function fetchServerState(boardId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl(), boardId, doc, SOCKET_OPTIONS);
  return new Promise((resolve) => {
    const done = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', done);
      provider.destroy();
      resolve(doc);
    };
    provider.on('sync', done);
  });
}

/** Script titles and cells whose text on this device is not what the server has. */
export function textsNotOnServer(local: Y.Doc, server: Y.Doc): DraftPiece[] {
  const lanes = new Map(listLanes(local).map((l) => [l.id, l.name]));
  const pieces: DraftPiece[] = [];
  for (const summary of listScripts(local)) {
    const mine = getScript(local, summary.id)!;
    const theirs = getScript(server, summary.id);
    const title = summary.title || 'Untitled script';
    if (summary.title && theirs && textOf(theirs, 'title')?.toString() !== summary.title) pieces.push({ where: `${title} · title`, text: summary.title });
    listSteps(mine).forEach((step, index) => {
      const theirStep = theirs ? stepsOf(theirs).get(step.id) : undefined;
      for (const [laneId, text] of cellsOf(stepsOf(mine).get(step.id)!)) {
        const value = text.toString();
        if (!value || (theirStep && cellsOf(theirStep).get(laneId)?.toString() === value)) continue;
        pieces.push({ where: `${title} · step ${index + 1} · ${lanes.get(laneId) ?? 'a lane'}`, text: value });
      }
    });
  }
  return pieces;
}

export function loadDraft(boardId: string): Draft | null {
  try {
    const raw = localStorage.getItem(draftKey(boardId));
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

function saveDraft(boardId: string, draft: Draft): void {
  const earlier = loadDraft(boardId);
  const pieces = [...(earlier?.pieces ?? []), ...draft.pieces.filter((p) => !earlier?.pieces.some((e) => e.where === p.where && e.text === p.text))];
  localStorage.setItem(draftKey(boardId), JSON.stringify({ ...draft, pieces }));
}

export function discardDraft(boardId: string): void {
  localStorage.removeItem(draftKey(boardId));
}
