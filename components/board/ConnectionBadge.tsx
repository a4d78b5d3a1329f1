'use client';

import type { ConnectionStatus } from '@/lib/client/board/connection';
import { cn } from '@/lib/utils';

const LABEL = { live: 'Live', syncing: 'Syncing…', offline: 'Offline' } as const;
const DOT = { live: 'bg-emerald-500', syncing: 'bg-amber-500 animate-pulse', offline: 'bg-stone-400' } as const;
const HINT = {
  live: 'Connected: your changes reach everyone at once.',
  syncing: 'Connecting: your changes are kept and sent as soon as the board is reached.',
  offline: 'Offline: your changes are kept on this device and merged when you are back.',
} as const;

/** Always-visible connection state: live / syncing / offline, and read-only when this person cannot edit. */
export function ConnectionBadge({ status, readOnly }: { status: ConnectionStatus; readOnly: boolean }) {
  return (
    <div className="flex items-center gap-2 text-sm" role="status" aria-live="polite" data-testid="connection-state" data-state={status.state}>
      <span className="inline-flex items-center gap-1.5 rounded-full border border-line bg-white px-2.5 py-1" title={status.refused ?? HINT[status.state]}>
        <span className={cn('size-2 rounded-full', DOT[status.state])} aria-hidden="true" />
        {LABEL[status.state]}
      </span>
      {readOnly && <span className="rounded-full bg-stone-100 px-2.5 py-1 text-stone-700">Read-only</span>}
    </div>
  );
}
