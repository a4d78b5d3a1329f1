import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { PolicyContext } from '@/lib/shared/policy';
import { ZPolicyContext } from '@/lib/shared/schemas/policy';
import { SOCKET_OPTIONS, syncUrl } from './sync-url';

export interface ControlConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

const open = new Map<string, { doc: Y.Doc; provider: WebsocketProvider; users: number }>();

/**
 * The board's control room (`/sync/<boardId>/control`): server-owned live
 * state, as much of it as this person's audiences may see (maps `state`,
 * `moderators`, `me`). Read-only and never kept offline: the server is its
 * only source. One socket per board and page, shared by whoever opens it.
 */
export function openControl(boardId: string): ControlConnection {
  let shared = open.get(boardId);
  if (!shared) {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(syncUrl(), `${boardId}/control`, doc, SOCKET_OPTIONS);
    shared = { doc, provider, users: 0 };
    open.set(boardId, shared);
  }
  shared.users++;
  const held = shared;
  let released = false;
  return {
    doc: held.doc,
    provider: held.provider,
    destroy() {
      if (released) return;
      released = true;
      if (--held.users > 0) return;
      open.delete(boardId);
      held.provider.destroy();
      held.doc.destroy();
    },
  };
}

/** Calls `onChange` with this person's policy context whenever the server publishes a new one. */
export function watchAccess(control: ControlConnection, onChange: (rules: PolicyContext) => void): () => void {
  const me = control.doc.getMap('me');
  const read = () => {
    const parsed = ZPolicyContext.safeParse(me.get('access'));
    if (parsed.success) onChange({ ...parsed.data, phase: parsed.data.phase ?? null });
  };
  me.observe(read);
  read();
  return () => me.unobserve(read);
}
