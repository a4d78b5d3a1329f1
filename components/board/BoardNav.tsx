import { TabLinks } from '@/components/ui/Tabs';
import { allows, policyContext } from '@/lib/shared/policy';
import type { TBoard } from '@/lib/shared/schemas/board';

/** Board sub-navigation; only the pages the rule book lets this person open are offered. */
export function BoardNav({ board, current, compact }: { board: TBoard; current: 'board' | 'members' | 'settings'; compact?: boolean }) {
  const tabs = [{ href: `/b/${board.id}`, label: 'Board', current: current === 'board' }];
  tabs.push({ href: `/b/${board.id}/members`, label: 'Members', current: current === 'members' });
  if (allows(policyContext({ role: board.myRole, side: board.mySide }, board), 'board.manage')) {
    tabs.push({ href: `/b/${board.id}/settings`, label: 'Settings', current: current === 'settings' });
  }
  return <TabLinks label="Board" tabs={tabs} className={compact ? undefined : '-mx-1 mb-6 border-b border-line px-1 pb-3'} />;
}
