'use client';

import type { Peer } from '@/lib/client/board/presence';
import { cn } from '@/lib/utils';
import { useEditor } from './editor-context';
import { usePeers } from './use-presence';

interface PresenceBarProps {
  /** Name as this viewer may see it. */
  nameOf(peer: Peer): string;
  following: number | null;
  onFollow(clientId: number | null): void;
}

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((p) => p[0]!.toUpperCase()).join('') || '?';
}

/** Everyone on the board now, with colour and side; choosing someone makes your view follow theirs. */
export function PresenceBar({ nameOf, following, onFollow }: PresenceBarProps) {
  const { awareness } = useEditor();
  const peers = usePeers(awareness);
  const byUser = new Map<string, Peer>();
  for (const peer of peers) byUser.set(peer.user.id, peer);
  const people = [...byUser.values()];
  if (people.length === 0) return <p className="text-sm text-muted">Only you are here.</p>;
  return (
    <ul className="flex items-center gap-1.5" aria-label="People on the board now">
      {people.map((peer) => {
        const name = nameOf(peer);
        const isFollowed = following === peer.clientId;
        return (
          <li key={peer.user.id}>
            <button
              type="button"
              aria-pressed={isFollowed}
              aria-label={`${isFollowed ? 'Stop following' : 'Follow'} ${name} (${peer.user.side})`}
              title={`${name} · ${peer.user.side === 'firm' ? 'Firm' : 'Customer'}${isFollowed ? ' · following' : ''}`}
              onClick={() => onFollow(isFollowed ? null : peer.clientId)}
              className={cn('relative grid size-8 place-items-center rounded-full text-xs font-semibold text-white ring-2', isFollowed ? 'ring-ink' : 'ring-white')}
              style={{ backgroundColor: peer.user.color }}
              data-presence-user={peer.user.id}
            >
              {initials(name)}
              <span
                aria-hidden="true"
                className={cn('absolute -right-1 -bottom-1 grid size-4 place-items-center rounded-full text-[9px] ring-1 ring-white', peer.user.side === 'firm' ? 'bg-firm' : 'bg-customer')}
              >
                {peer.user.side === 'firm' ? 'F' : 'C'}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
