import type { Metadata } from 'next';
import { BoardHeading } from '@/components/board/BoardHeading';
import { BoardNav } from '@/components/board/BoardNav';
import { BoardPageColumn } from '@/components/board/BoardPageColumn';
import { AddMemberForm } from '@/components/members/AddMemberForm';
import { InvitePanel } from '@/components/members/InvitePanel';
import { MemberList } from '@/components/members/MemberList';
import { Section } from '@/components/ui/Card';
import { listInvites } from '@/lib/server/invites/list-invites';
import { listParticipants } from '@/lib/server/participants/list-participants';
import { allows, policyContext } from '@/lib/shared/policy';
import type { Role } from '@/lib/shared/roles';
import { loadBoardPage } from '../load-board';

export const metadata: Metadata = { title: 'Members' };

export default async function MembersPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { actor, board } = await loadBoardPage(boardId);
  const role = board.myRole as Role;
  const rules = policyContext({ role, side: board.mySide }, board);
  const canManage = allows(rules, 'members.manage');
  const canInvite = allows(rules, 'invites.manage');
  const [participants, invites] = await Promise.all([
    listParticipants({ actorId: actor.userId, boardId }),
    canInvite ? listInvites({ actor, boardId }) : Promise.resolve([]),
  ]);

  return (
    <BoardPageColumn>
      <BoardHeading board={board} isStaff={actor.kind === 'staff'} />
      <BoardNav board={board} current="members" />
      <div className="mx-auto max-w-4xl space-y-6">
        <Section
          title="People"
          description={canManage ? 'Change roles and sides, or remove people. A board always keeps at least one owner.' : 'Everyone on this board.'}
        >
          <MemberList boardId={board.id} participants={participants} canManage={canManage} />
          {canManage && actor.kind === 'staff' && <AddMemberForm boardId={board.id} />}
        </Section>
        {canInvite && <InvitePanel boardId={board.id} invites={invites} inviterRole={role} />}
      </div>
    </BoardPageColumn>
  );
}
