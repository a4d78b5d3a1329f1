import { TabLinks } from '@/components/ui/Tabs';
import { can, type Role } from '@/lib/shared/roles';

/** Board sub-navigation; only the pages the role may open are offered. */
export function BoardNav({ boardId, role, current, compact }: { boardId: string; role: Role; current: 'board' | 'members' | 'settings'; compact?: boolean }) {
  const tabs = [{ href: `/b/${boardId}`, label: 'Board', current: current === 'board' }];
  tabs.push({ href: `/b/${boardId}/members`, label: 'Members', current: current === 'members' });
  if (can(role, 'board.update')) tabs.push({ href: `/b/${boardId}/settings`, label: 'Settings', current: current === 'settings' });
  return <TabLinks label="Board" tabs={tabs} className={compact ? undefined : '-mx-1 mb-6 border-b border-line px-1 pb-3'} />;
}
