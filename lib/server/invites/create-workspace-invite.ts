import { AppError } from '../../shared/errors';
import { ZWorkspaceInviteCreate, type TWorkspaceInvite, type TWorkspaceInviteCreate } from '../../shared/schemas/invite';
import type { Actor } from '../auth/actor';
import { createSecretToken, hashSecretToken } from '../auth/secret-token';
import { getDb, t } from '../db';
import { sendInviteEmail } from '../mail/send-invite-email';
import { getRuntime } from '../runtime';
import { getWorkspaceForUser } from '../workspace/get-workspace';
import { toWorkspaceInvite } from './to-invite';

const HOUR_MS = 60 * 60 * 1000;

/** A sign-up link that makes a new staff member of the admin's workspace. */
export async function createWorkspaceInvite(opts: {
  actor: Actor;
  input: TWorkspaceInviteCreate;
}): Promise<{ invite: TWorkspaceInvite; url: string; emailed: boolean }> {
  const input = ZWorkspaceInviteCreate.parse(opts.input);
  const workspace = opts.actor.kind === 'staff' ? await getWorkspaceForUser(opts.actor.userId) : null;
  if (workspace?.role !== 'admin') throw new AppError('forbidden', 'Only workspace admins can invite staff');
  const token = createSecretToken('cs_inv');
  const [row] = await getDb()
    .insert(t.invites)
    .values({
      workspaceId: workspace.id,
      boardId: null,
      tokenHash: hashSecretToken(token),
      email: input.email ?? null,
      maxUses: input.maxUses,
      expiresAt: new Date(Date.now() + input.expiresInHours * HOUR_MS),
      createdBy: opts.actor.userId,
    })
    .returning();
  const url = `${getRuntime().publicUrl}/signup?invite=${token}`;
  const emailed = input.email
    ? await sendInviteEmail({ to: input.email, url, inviterName: opts.actor.name, what: `join the workspace “${workspace.name}”` })
    : false;
  return { invite: toWorkspaceInvite(row!), url, emailed };
}
