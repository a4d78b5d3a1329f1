import type { Metadata } from 'next';
import { BoardHeading } from '@/components/board/BoardHeading';
import { BoardNav } from '@/components/board/BoardNav';
import { BoardPageColumn } from '@/components/board/BoardPageColumn';
import { BoardDetailsForm } from '@/components/board-settings/BoardDetailsForm';
import { CustomerRulesForm } from '@/components/board-settings/CustomerRulesForm';
import { ProposalRulesForm } from '@/components/proposals/ProposalRulesForm';
import { DangerZone } from '@/components/board-settings/DangerZone';
import { decide, policyContext, REASON } from '@/lib/shared/policy';
import type { Role } from '@/lib/shared/roles';
import { loadBoardPage } from '../load-board';

export const metadata: Metadata = { title: 'Board settings' };

export default async function BoardSettingsPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { actor, board } = await loadBoardPage(boardId);
  const role = board.myRole as Role;
  const rules = policyContext({ role, side: board.mySide }, board);
  const may = (action: Parameters<typeof decide>[1]) => decide(rules, action).allowed;

  // The board layout already answered 403 (the rule book's board.manage) to anyone who may not be here.
  return (
    <BoardPageColumn>
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
    </BoardPageColumn>
  );
}
