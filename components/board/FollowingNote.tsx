'use client';

import { readPeers, type Peer } from '@/lib/client/board/presence';
import { useEditor } from './editor-context';
import { usePeers } from './use-presence';

/** Says whom you follow and how to stop. */
export function FollowingNote({ clientId, nameOf, onStop }: { clientId: number; nameOf(peer: Peer): string; onStop(): void }) {
  const { awareness } = useEditor();
  usePeers(awareness);
  const peer = readPeers(awareness).find((p) => p.clientId === clientId);
  return (
    <p className="rounded-lg bg-indigo-50 px-3 py-1.5 text-sm text-ink" role="status">
      Following <strong className="font-semibold">{peer ? nameOf(peer) : 'someone'}</strong>: your view moves with theirs.{' '}
      <button type="button" className="font-medium text-brand-ink underline" onClick={onStop}>
        Stop following
      </button>{' '}
      <span className="text-stone-600">(or click their circle again)</span>
    </p>
  );
}
