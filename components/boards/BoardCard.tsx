import Link from 'next/link';
import { RoleBadge, SideBadge } from '@/components/board/RoleBadges';
import { Badge } from '@/components/ui/Badge';
import type { Role, Side } from '@/lib/shared/roles';
import type { TBoard } from '@/lib/shared/schemas/board';
import { LocalTime } from '@/components/ui/LocalTime';

export function BoardCard({ board }: { board: TBoard }) {
  return (
    <Link
      href={`/b/${board.id}`}
      className="group flex h-full flex-col rounded-xl border border-line bg-white p-5 shadow-[0_1px_2px_rgba(28,25,23,0.04)] transition hover:-translate-y-px hover:border-indigo-200 hover:shadow-md"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 className="font-semibold text-ink group-hover:text-brand-ink">{board.name}</h2>
        {board.archivedAt && <Badge>Archived</Badge>}
      </div>
      <p className="mt-1.5 line-clamp-2 flex-1 text-sm text-muted">{board.description || 'No description'}</p>
      <div className="mt-4 flex flex-wrap items-center gap-1.5">
        <span className="sr-only">Your role:</span>
        <RoleBadge role={board.myRole as Role} />
        <SideBadge side={board.mySide as Side} />
        <span className="ml-auto text-xs text-muted">Updated <LocalTime iso={board.updatedAt} /></span>
      </div>
    </Link>
  );
}
