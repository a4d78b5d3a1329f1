import type { Metadata } from 'next';
import Link from 'next/link';
import { BoardHeading } from '@/components/board/BoardHeading';
import { BoardNav } from '@/components/board/BoardNav';
import { BoardPageColumn } from '@/components/board/BoardPageColumn';
import { BoardDetailsForm } from '@/components/board-settings/BoardDetailsForm';
import { CustomerRulesForm } from '@/components/board-settings/CustomerRulesForm';
import { DangerZone } from '@/components/board-settings/DangerZone';
import { buttonClass } from '@/components/ui/Button';
import { StatusPage } from '@/components/ui/StatusPage';
import { can, ROLE_LABEL, type Role } from '@/lib/shared/roles';
import { loadBoardPage } from '../load-board';

export const metadata: Metadata = { title: 'Board settings' };

export default async function BoardSettingsPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { actor, board } = await loadBoardPage(boardId);
  const role = board.myRole as Role;

  // The API enforces the same rule; this page refuses too, so nobody sees a form they cannot use.
  if (!can(role, 'board.update')) {
    return (
      <StatusPage
        eyebrow="403 · Not allowed"
        tone="danger"
        title="You can't change this board's settings"
        actions={<Link href={`/b/${board.id}`} className={buttonClass('secondary')}>Back to the board</Link>}
      >
        You are {/^[aeiou]/i.test(role) ? 'an' : 'a'} {ROLE_LABEL[role].toLowerCase()} on “{board.name}”. Only owners and moderators change its settings.
      </StatusPage>
    );
  }

  return (
    <BoardPageColumn>
      <BoardHeading board={board} isStaff={actor.kind === 'staff'} />
      <BoardNav boardId={board.id} role={role} current="settings" />
      <div className="mx-auto max-w-3xl space-y-6">
        <BoardDetailsForm board={board} />
        {can(role, 'board.settings') ? (
          <CustomerRulesForm board={board} />
        ) : (
          <p className="text-sm text-muted">Only owners change how customers take part, archive or delete the board.</p>
        )}
        {can(role, 'board.archive') && <DangerZone board={board} canDelete={can(role, 'board.delete')} />}
      </div>
    </BoardPageColumn>
  );
}
