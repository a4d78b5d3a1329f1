import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { hashPassword } from '../auth/password';
import { getDb, t } from '../db';
import { claimInvite } from '../invites/claim-invite';

export interface CreateStaffUserOptions {
  email: string;
  name: string;
  /** Absent for OAuth accounts. */
  password?: string;
  workspaceName?: string;
  /** A staff invite: join its workspace instead of creating one. */
  inviteToken?: string;
}

/** Creates a staff account: in a new workspace of its own, or in the workspace of a staff invite. */
export async function createStaffUser(opts: CreateStaffUserOptions) {
  const email = opts.email.trim().toLowerCase();
  const passwordHash = opts.password ? await hashPassword(opts.password) : null;
  return getDb().transaction(async (tx) => {
    const [taken] = await tx.select({ id: t.users.id }).from(t.users).where(eq(sql`lower(${t.users.email})`, email)).limit(1);
    if (taken) throw new AppError('conflict', 'An account with this email already exists. Sign in instead.', { email: ['Already registered'] });

    let workspaceId: string;
    let role: 'admin' | 'member';
    if (opts.inviteToken) {
      const invite = await claimInvite(tx, opts.inviteToken);
      if (invite.boardId) throw new AppError('bad_request', 'This is a board invite, not a staff invite.');
      workspaceId = invite.workspaceId;
      role = 'member';
    } else {
      const [ws] = await tx
        .insert(t.workspaces)
        .values({ name: opts.workspaceName?.trim() || `${opts.name}'s workspace` })
        .returning();
      workspaceId = ws!.id;
      role = 'admin';
    }
    const [user] = await tx.insert(t.users).values({ kind: 'staff', email, name: opts.name, passwordHash }).returning();
    await tx.insert(t.workspaceMembers).values({ workspaceId, userId: user!.id, role });
    return { user: user!, workspaceId };
  });
}
