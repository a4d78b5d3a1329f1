import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { presenceColor } from '@/lib/shared/presence-color';
import type { Side } from '@/lib/shared/roles';

/** Who a peer is, as the sync server says (it rewrites every presence state's `user`). */
export interface PresenceUser {
  id: string;
  name: string | null;
  side: Side;
  /** As the server stamped it (one palette for everyone: lib/shared/presence-color.ts). */
  color: string;
}

/** A caret or selection in one text field, as Yjs relative positions so it survives others' edits. */
export interface PresenceCursor {
  key: string;
  anchor: unknown;
  head: unknown;
}

/** Which script and step someone is looking at (what "follow" follows). */
export interface PresenceView {
  scriptId: string | null;
  stepId: string | null;
}

export interface Peer {
  clientId: number;
  user: PresenceUser;
  cursor: PresenceCursor | null;
  view: PresenceView | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Awareness states come from other browsers: keep only well-formed ones. */
function parsePeer(clientId: number, state: unknown): Peer | null {
  if (!isRecord(state) || !isRecord(state.user)) return null;
  const u = state.user;
  if (typeof u.id !== 'string' || (u.side !== 'firm' && u.side !== 'customer')) return null;
  const user: PresenceUser = {
    id: u.id,
    name: typeof u.name === 'string' ? u.name.slice(0, 80) : null,
    side: u.side,
    // The server stamps id, name, side and colour on every state; a malformed colour falls back to the same palette.
    color: typeof u.color === 'string' && /^#[0-9a-f]{6}$/i.test(u.color) ? u.color : presenceColor(u.id),
  };
  const c = state.cursor;
  const cursor = isRecord(c) && typeof c.key === 'string' ? { key: c.key, anchor: c.anchor, head: c.head } : null;
  const v = state.view;
  const view = isRecord(v)
    ? { scriptId: typeof v.scriptId === 'string' ? v.scriptId : null, stepId: typeof v.stepId === 'string' ? v.stepId : null }
    : null;
  return { clientId, user, cursor, view };
}

export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const peer = parsePeer(clientId, state);
    if (peer) peers.push(peer);
  }
  return peers;
}

export function publishCursor(awareness: Awareness, key: string, text: Y.Text, anchor: number, head: number): void {
  awareness.setLocalStateField('cursor', {
    key,
    anchor: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, anchor)),
    head: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, head)),
  } satisfies PresenceCursor);
}

export function clearCursor(awareness: Awareness): void {
  if (awareness.getLocalState()?.cursor) awareness.setLocalStateField('cursor', null);
}

/** Absolute [from, to] of a peer's selection in `text`, or null if it points elsewhere. */
export function resolveCursor(doc: Y.Doc, text: Y.Text, cursor: PresenceCursor): [number, number] | null {
  try {
    const anchor = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(cursor.anchor), doc);
    const head = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(cursor.head), doc);
    if (!anchor || !head || anchor.type !== text || head.type !== text) return null;
    return [Math.min(anchor.index, head.index), Math.max(anchor.index, head.index)];
  } catch {
    return null;
  }
}
