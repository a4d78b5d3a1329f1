import type { TParticipant } from '@/lib/shared/schemas/participant';
import { RoleBadge, SideBadge } from './RoleBadges';

export function Avatar({ name, side }: { name: string; side: 'firm' | 'customer' }) {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join('');
  return (
    <span
      aria-hidden="true"
      className={`grid size-8 shrink-0 place-items-center rounded-full text-xs font-semibold ${side === 'firm' ? 'bg-cyan-100 text-cyan-900' : 'bg-amber-100 text-amber-900'}`}
    >
      {letters || '?'}
    </span>
  );
}

/** Firm first, as every list of people on a board shows them. */
export function sortParticipants(participants: TParticipant[]): TParticipant[] {
  return [...participants].sort((a, b) => (a.side === b.side ? 0 : a.side === 'firm' ? -1 : 1));
}

/** One person: avatar, the name this viewer may see, side and role. */
export function ParticipantRow({ p }: { p: TParticipant }) {
  return (
    <div className="flex items-start gap-3">
      <Avatar name={p.displayName} side={p.side} />
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium text-ink">
          {p.displayName}
          {p.isYou && <span className="ml-1.5 text-xs font-normal text-muted">(you)</span>}
        </p>
        {p.email && <p className="truncate text-xs text-muted">{p.email}</p>}
        <div className="mt-1 flex flex-wrap gap-1.5">
          <SideBadge side={p.side} />
          <RoleBadge role={p.role} />
        </div>
      </div>
    </div>
  );
}
