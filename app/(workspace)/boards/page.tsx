import type { Metadata } from 'next';
import { BoardCard } from '@/components/boards/BoardCard';
import { BoardSearch } from '@/components/boards/BoardSearch';
import { CreateBoardButton } from '@/components/boards/CreateBoardButton';
import { PageTitle } from '@/components/shell/PageTitle';
import { EmptyState } from '@/components/ui/EmptyState';
import { TabLinks } from '@/components/ui/Tabs';
import { requirePageActor } from '@/lib/server/auth/current-actor';
import { listBoards } from '@/lib/server/boards/list-boards';
import { ZBoardListQuery, type TBoardListQuery } from '@/lib/shared/schemas/board';

export const metadata: Metadata = { title: 'Boards' };

const FILTERS: Array<{ value: TBoardListQuery['filter']; label: string }> = [
  { value: 'active', label: 'Active' },
  { value: 'recent', label: 'Recent' },
  { value: 'archived', label: 'Archived' },
];

const EMPTY: Record<TBoardListQuery['filter'], { title: string; text: string }> = {
  active: { title: 'No boards yet', text: 'A board holds the scripts of one service. Create one, then invite customers to write it with you.' },
  recent: { title: 'Nothing opened yet', text: 'Boards you open show up here, most recent first.' },
  archived: { title: 'No archived boards', text: 'Archived boards are kept read-only here until you restore them.' },
};

function hrefFor(filter: string, q: string | undefined): string {
  const params = new URLSearchParams();
  if (filter !== 'active') params.set('filter', filter);
  if (q) params.set('q', q);
  const query = params.toString();
  return query ? `/boards?${query}` : '/boards';
}

export default async function BoardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const actor = await requirePageActor('/boards');
  const parsed = ZBoardListQuery.safeParse({ q: typeof raw.q === 'string' ? raw.q : undefined, filter: typeof raw.filter === 'string' ? raw.filter : undefined });
  const { q, filter } = parsed.success ? parsed.data : { q: undefined, filter: 'active' as const };
  const boards = await listBoards({ actorId: actor.userId, q: q || undefined, filter });

  return (
    <>
      <PageTitle title="Boards" description="Each board is one service, co-designed with the customers who use it." actions={<CreateBoardButton />} />
      <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <TabLinks label="Board filters" tabs={FILTERS.map((f) => ({ href: hrefFor(f.value, q), label: f.label, current: f.value === filter }))} />
        <BoardSearch initialQuery={q ?? ''} />
      </div>
      {boards.length === 0 ? (
        q ? (
          <EmptyState title={`No boards match “${q}”`}>Try another word, or clear the search.</EmptyState>
        ) : (
          <EmptyState title={EMPTY[filter].title} action={filter === 'active' ? <CreateBoardButton /> : undefined}>
            {EMPTY[filter].text}
          </EmptyState>
        )
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Boards">
          {boards.map((board) => (
            <li key={board.id}>
              <BoardCard board={board} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
