import { AppError } from '../../shared/errors';
import { invitableRoles } from '../../shared/policy';
import type { TInvite, TInviteCreate } from '../../shared/schemas/invite';
import { ZInviteCreate } from '../../shared/schemas/invite';
import type { Actor } from '../auth/actor';
import { createSecretToken, hashSecretToken } from '../auth/secret-token';
import { requireBoardPermission } from '../boards/board-access';
import { getDb, t } from '../db';
import { sendInviteEmail } from '../mail/send-invite-email';
import { getRuntime } from '../runtime';
import { toInvite } from './to-invite';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Makes a board invite link. The token is shown once, in the returned url;
 * only its hash is stored. Moderators may not hand out owner or moderator roles.
 */
export async function createInvite(opts: {
  actor: Actor;
  boardId: string;
  input: TInviteCreate;
}): Promise<{ invite: TInvite; url: string; emailed: boolean }> {
  const input = ZInviteCreate.parse(opts.input);
  const { board, participant } = await requireBoardPermission(opts.actor.userId, opts.boardId, 'invites.manage');
  if (!invitableRoles(participant.role, input.side).includes(input.role)) {
    throw new AppError('forbidden', `As ${participant.role} you cannot invite ${input.side === 'customer' ? 'customers' : 'people'} as ${input.role}`, {
      role: ['Not allowed for your role'],
    });
  }
  const token = createSecretToken('cs_inv');
  const [row] = await getDb()
    .insert(t.invites)
    .values({
      workspaceId: board.workspaceId,
      boardId: board.id,
      tokenHash: hashSecretToken(token),
      role: input.role,
      side: input.side,
      label: input.label,
      email: input.email ?? null,
      maxUses: input.maxUses,
      expiresAt: new Date(Date.now() + input.expiresInHours * HOUR_MS),
      createdBy: opts.actor.userId,
    })
    .returning();
  const url = `${getRuntime().publicUrl}/invite/${token}`;
  const emailed = input.email
    ? await sendInviteEmail({ to: input.email, url, inviterName: opts.actor.name, what: `the board “${board.name}”` })
    : false;
  return { invite: toInvite(row!), url, emailed };
}
