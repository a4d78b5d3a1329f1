import { eq } from 'drizzle-orm';
import type { TInviteSummary } from '../../shared/schemas/invite';
import { getDb, t } from '../db';
import { findInviteByToken, inviteStatus } from './claim-invite';

/** What an invite link leads to, for the page that opens it; null for a token that names nothing. */
export async function inspectInvite(token: string): Promise<TInviteSummary | null> {
  const db = getDb();
  const invite = await findInviteByToken(db, token);
  if (!invite) return null;
  const [workspace] = await db.select({ name: t.workspaces.name }).from(t.workspaces).where(eq(t.workspaces.id, invite.workspaceId));
  const [board] = invite.boardId
    ? await db.select({ name: t.boards.name }).from(t.boards).where(eq(t.boards.id, invite.boardId))
    : [];
  return {
    kind: invite.boardId ? 'board' : 'workspace',
    status: inviteStatus(invite),
    ...(board ? { boardName: board.name } : {}),
    workspaceName: workspace?.name ?? '',
    role: invite.role,
    side: invite.side,
  };
}
