import type { Metadata } from 'next';
import Link from 'next/link';
import { BoardHeading } from '@/components/board/BoardHeading';
import { BoardNav } from '@/components/board/BoardNav';
import { BoardDetailsForm } from '@/components/board-settings/BoardDetailsForm';
import { CustomerRulesForm } from '@/components/board-settings/CustomerRulesForm';
import { ProposalRulesForm } from '@/components/proposals/ProposalRulesForm';
import { DangerZone } from '@/components/board-settings/DangerZone';
import { buttonClass } from '@/components/ui/Button';
import { StatusPage } from '@/components/ui/StatusPage';
import { decide, policyContext, REASON } from '@/lib/shared/policy';
import { ROLE_LABEL, type Role } from '@/lib/shared/roles';
import { loadBoardPage } from '../load-board';

export const metadata: Metadata = { title: 'Board settings' };

export default async function BoardSettingsPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { actor, board } = await loadBoardPage(boardId);
  const role = board.myRole as Role;
  const rules = policyContext({ role, side: board.mySide }, board);
  const may = (action: Parameters<typeof decide>[1]) => decide(rules, action).allowed;

  // The API enforces the same rule; this page refuses too, so nobody sees a form they cannot use.
  if (!may('board.manage')) {
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
    <>
      <BoardHeading board={board} isStaff={actor.kind === 'staff'} />
      <BoardNav board={board} current="settings" />
      <div className="mx-auto max-w-3xl space-y-6">
        {board.archivedAt !== null && (
          <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="archived-note">
            {REASON.archived} {may('board.archive') ? 'Restore it below to change it again.' : 'An owner can restore it.'}
          </p>
        )}
        <BoardDetailsForm board={board} />
        {may('board.settings') ? (
          <>
            <CustomerRulesForm board={board} />
            <ProposalRulesForm board={board} />
          </>
        ) : (
          <p className="text-sm text-muted">Only owners change how customers take part, archive or delete the board.</p>
        )}
        {may('board.archive') && <DangerZone board={board} canDelete={may('board.delete')} />}
      </div>
    </>
  );
}
