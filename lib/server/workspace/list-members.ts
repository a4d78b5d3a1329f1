import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { TWorkspaceMember } from '../../shared/schemas/workspace';
import { getDb, t } from '../db';
import { getWorkspaceForUser } from './get-workspace';

/** The staff of the actor's workspace. */
export async function listWorkspaceMembers(opts: { actorId: string }): Promise<TWorkspaceMember[]> {
  const workspace = await getWorkspaceForUser(opts.actorId);
  if (!workspace) throw new AppError('forbidden', 'Only staff of a workspace can see its members');
  return getDb()
    .select({ userId: t.users.id, name: t.users.name, email: t.users.email, role: t.workspaceMembers.role })
    .from(t.workspaceMembers)
    .innerJoin(t.users, eq(t.users.id, t.workspaceMembers.userId))
    .where(eq(t.workspaceMembers.workspaceId, workspace.id))
    .orderBy(asc(t.users.name), asc(t.users.id));
}
