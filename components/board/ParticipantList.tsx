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

/** Who is on the board, firm first, with the names this viewer may see. */
export function ParticipantList({ participants }: { participants: TParticipant[] }) {
  const sorted = [...participants].sort((a, b) => (a.side === b.side ? 0 : a.side === 'firm' ? -1 : 1));
  return (
    <ul className="divide-y divide-line" aria-label="Participants">
      {sorted.map((p) => (
        <li key={p.userId} className="flex items-start gap-3 py-2.5">
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
        </li>
      ))}
    </ul>
  );
}
