import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AnonymityNote } from '@/components/board/AnonymityNote';
import { BoardCanvasSlot } from '@/components/board/BoardCanvasSlot';
import { BoardHeading } from '@/components/board/BoardHeading';
import { BoardInfoPanel } from '@/components/board/BoardInfoPanel';
import { BoardNav } from '@/components/board/BoardNav';
import { LiveCustomerRules } from '@/components/board/LiveCustomerRules';
import { BoardPreview } from '@/components/board/BoardPreview';
import { getRuntime } from '@/lib/server/runtime';
import { logger } from '@/lib/server/log';
import { ParticipantRow, sortParticipants } from '@/components/board/ParticipantList';
import { listParticipants } from '@/lib/server/participants/list-participants';
import { policyContext } from '@/lib/shared/policy';
import type { Role, Side } from '@/lib/shared/roles';
import { loadBoardPage } from './load-board';

export const metadata: Metadata = { title: 'Board' };

interface BoardPageProps {
  params: Promise<{ boardId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function BoardPage({ params, searchParams }: BoardPageProps) {
  const { boardId } = await params;
  const { script, step } = await searchParams;
  const { actor, board } = await loadBoardPage(boardId);
  const [participants, snapshot] = await Promise.all([
    listParticipants({ actorId: actor.userId, boardId }),
    // The preview is a nicety: without it the editor still opens, so a failure only costs first paint.
    getRuntime()
      .sync?.getContentSnapshot(boardId, typeof script === 'string' ? script : null)
      .catch((err: unknown) => {
        logger().warn({ err, boardId }, 'board page: no preview snapshot');
        return null;
      }) ?? null,
  ]);
  const role = board.myRole as Role;
  const side = board.mySide as Side;
  const firm = participants.filter((p) => p.side === 'firm').length;
  const rules = policyContext({ role, side }, board);

  const about = (
    <div className="space-y-4 text-sm">
      <p className="whitespace-pre-line text-ink">{board.description || <span className="text-muted">No description yet.</span>}</p>
      <dl className="grid gap-3 border-t border-line pt-4">
        <div>
          <dt className="text-muted">Customers</dt>
          <dd className="mt-0.5 font-medium" data-testid="customer-edit-mode">
            <LiveCustomerRules boardId={board.id} rendered={rules} show="editMode" />
          </dd>
        </div>
        <div>
          <dt className="text-muted">Customer names</dt>
          <dd className="mt-0.5 font-medium">
            <LiveCustomerRules boardId={board.id} rendered={rules} show="visibility" />
          </dd>
        </div>
        <div>
          <dt className="text-muted">On this board</dt>
          <dd className="mt-0.5 font-medium">
            {firm} from the firm · {participants.length - firm} customer{participants.length - firm === 1 ? '' : 's'}
          </dd>
        </div>
      </dl>
      {board.customerVisibility === 'anonymous' && <AnonymityNote role={role} side={side} />}
    </div>
  );

  return (
    <>
      {/* Nothing here suspends: the boundaries let React hydrate the heading and the canvas as separate
          tasks, so a phone is never blocked for the whole page at once. */}
      <Suspense>
        <div className="mb-2 flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
          <BoardHeading board={board} isStaff={actor.kind === 'staff'} compact />
          <div className="flex flex-wrap items-center gap-2">
            <BoardNav board={board} current="board" compact />
            <BoardInfoPanel
              peopleCount={participants.length}
              about={about}
              people={sortParticipants(participants).map((p) => ({ userId: p.userId, row: <ParticipantRow p={p} /> }))}
            />
          </div>
        </div>
      </Suspense>
      {/* The preview is in the first HTML: this route has no loading.tsx, whose fallback would be painted
          first and the preview revealed later (React throttles streamed reveals), a late largest paint. */}
      <Suspense>
        <BoardCanvasSlot
          boardId={board.id}
          role={role}
          side={side}
          customerEditMode={board.customerEditMode}
          customerVisibility={board.customerVisibility}
          editorsDecideProposals={board.editorsDecideProposals}
          archived={board.archivedAt !== null}
          user={{ id: actor.userId, name: actor.name }}
          people={participants.map((p) => ({ userId: p.userId, displayName: p.displayName }))}
          preview={snapshot ? <BoardPreview snapshot={snapshot} stepParam={typeof step === 'string' ? step : null} /> : undefined}
        />
      </Suspense>
    </>
  );
}
