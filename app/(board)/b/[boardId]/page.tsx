import type { Metadata } from 'next';
import { AnonymityNote } from '@/components/board/AnonymityNote';
import { BoardCanvasSlot } from '@/components/board/BoardCanvasSlot';
import { BoardHeading } from '@/components/board/BoardHeading';
import { BoardNav } from '@/components/board/BoardNav';
import { ParticipantList } from '@/components/board/ParticipantList';
import { Badge } from '@/components/ui/Badge';
import { Section } from '@/components/ui/Card';
import { listParticipants } from '@/lib/server/participants/list-participants';
import type { Role, Side } from '@/lib/shared/roles';
import { loadBoardPage } from './load-board';

export const metadata: Metadata = { title: 'Board' };

export default async function BoardPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { actor, board } = await loadBoardPage(boardId);
  const participants = await listParticipants({ actor, boardId });
  const role = board.myRole as Role;
  const side = board.mySide as Side;
  const firm = participants.filter((p) => p.side === 'firm').length;

  return (
    <>
      <BoardHeading board={board} isStaff={actor.kind === 'staff'} />
      <BoardNav board={board} current="board" />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-4">
          <Section title="About this board">
            <p className="text-sm whitespace-pre-line text-ink">{board.description || <span className="text-muted">No description yet.</span>}</p>
            <dl className="mt-5 grid gap-3 border-t border-line pt-4 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-muted">Customers</dt>
                <dd className="mt-0.5 font-medium">{board.customerEditMode === 'direct' ? 'Edit the scripts directly' : 'Propose changes for review'}</dd>
              </div>
              <div>
                <dt className="text-muted">Customer names</dt>
                <dd className="mt-0.5 font-medium">{board.customerVisibility === 'named' ? 'Shown to everyone' : 'Anonymous to other customers'}</dd>
              </div>
            </dl>
          </Section>
          {board.customerVisibility === 'anonymous' && <AnonymityNote role={role} side={side} />}
        </div>
        <Section
          title="People"
          description={`${firm} from the firm · ${participants.length - firm} customer${participants.length - firm === 1 ? '' : 's'}`}
          actions={<Badge>{participants.length}</Badge>}
          className="self-start"
        >
          <ParticipantList participants={participants} />
        </Section>
      </div>
      <div className="mt-6">
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
        />
      </div>
    </>
  );
}
