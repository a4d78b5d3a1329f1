import { IntentLink } from '@/components/ui/IntentLink';
import { Badge } from '@/components/ui/Badge';
import type { Role, Side } from '@/lib/shared/roles';
import type { TBoard } from '@/lib/shared/schemas/board';
import { RoleBadge, SideBadge } from './RoleBadges';

/** Board name, description and the viewer's own role; the breadcrumb only for staff. `compact`: one line, for the board canvas. */
export function BoardHeading({ board, isStaff, title, compact }: { board: TBoard; isStaff: boolean; title?: string; compact?: boolean }) {
  if (compact) {
    return (
      <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
        {isStaff && (
          <nav aria-label="Breadcrumb" className="text-sm text-muted">
            <IntentLink href="/boards" className="hover:text-ink hover:underline">
              Boards
            </IntentLink>
            <span aria-hidden="true"> /</span>
          </nav>
        )}
        <h1 className="truncate text-xl font-semibold tracking-tight text-ink">{board.name}</h1>
        {board.archivedAt && <Badge tone="warning">Archived</Badge>}
        <span className="flex items-center gap-1.5 text-sm text-muted">
          <span className="sr-only">Your role</span>
          <RoleBadge role={board.myRole as Role} />
          <SideBadge side={board.mySide as Side} />
        </span>
      </div>
    );
  }
  return (
    <div className="mb-5">
      {isStaff && (
        <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
          <IntentLink href="/boards" className="hover:text-ink hover:underline">
            Boards
          </IntentLink>
          <span aria-hidden="true"> / </span>
          {title ? (
            <IntentLink href={`/b/${board.id}`} className="hover:text-ink hover:underline">
              {board.name}
            </IntentLink>
          ) : (
            <span>{board.name}</span>
          )}
        </nav>
      )}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-[28px]">{title ?? board.name}</h1>
        {board.archivedAt && <Badge tone="warning">Archived</Badge>}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-1.5 text-sm text-muted">
        <span>Your role</span>
        <RoleBadge role={board.myRole as Role} />
        <SideBadge side={board.mySide as Side} />
      </div>
    </div>
  );
}
