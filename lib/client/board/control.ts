import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { PolicyContext } from '@/lib/shared/policy';
import { ZPolicyContext } from '@/lib/shared/schemas/policy';
import { syncUrl } from './sync-url';

export interface ControlConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/**
 * The board's control room (`/sync/<boardId>/control`): server-owned live
 * state, as much of it as this person's audiences may see (maps `state`,
 * `moderators`, `me`). Read-only and never kept offline: the server is its only source.
 */
export function openControl(boardId: string): ControlConnection {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl(), `${boardId}/control`, doc, { disableBc: true, maxBackoffTime: 5000 });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
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
