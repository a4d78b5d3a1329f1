import { headers } from 'next/headers';
import { forbidden } from 'next/navigation';
import { PATHNAME_HEADER } from '@/lib/shared/security-headers';
import { allows, policyContext } from '@/lib/shared/policy';
import type { Role } from '@/lib/shared/roles';
import { loadBoardPage } from './load-board';

/**
 * Checks access before the page streams: a non-participant gets a real 404 status, and a
 * participant opening the settings without the right a real 403, which a notFound() or
 * forbidden() inside the page's loading boundary could not send.
 */
export default async function BoardAccessLayout({ children, params }: { children: React.ReactNode; params: Promise<{ boardId: string }> }) {
  const { board } = await loadBoardPage((await params).boardId);
  const path = (await headers()).get(PATHNAME_HEADER) ?? '';
  if (/\/settings\/?$/.test(path) && !allows(policyContext({ role: board.myRole as Role, side: board.mySide }, board), 'board.manage')) forbidden();
  return children;
}
