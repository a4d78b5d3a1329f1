import { asc, eq } from 'drizzle-orm';
import type { TWorkspaceSummary } from '../../shared/schemas/workspace';
import { getDb, t } from '../db';

/** The workspace a staff member belongs to, with their role in it; null for guests. */
export async function getWorkspaceForUser(userId: string): Promise<TWorkspaceSummary | null> {
  const [row] = await getDb()
    .select({ id: t.workspaces.id, name: t.workspaces.name, role: t.workspaceMembers.role })
    .from(t.workspaceMembers)
    .innerJoin(t.workspaces, eq(t.workspaces.id, t.workspaceMembers.workspaceId))
    .where(eq(t.workspaceMembers.userId, userId))
    .orderBy(asc(t.workspaceMembers.createdAt))
    .limit(1);
  return row ?? null;
}
