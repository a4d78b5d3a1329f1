import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { Db } from '../db';
import { t } from '../db';
import { hashSecretToken } from '../auth/secret-token';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type InviteRow = typeof t.invites.$inferSelect;
export type InviteStatus = 'active' | 'expired' | 'revoked' | 'used_up';

export function inviteStatus(invite: InviteRow, now = new Date()): InviteStatus {
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt <= now) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'used_up';
  return 'active';
}

const STATUS_MESSAGE: Record<Exclude<InviteStatus, 'active'>, string> = {
  expired: 'This invite link has expired. Ask the person who invited you for a new one.',
  revoked: 'This invite link was revoked. Ask the person who invited you for a new one.',
  used_up: 'This invite link has been used as many times as it allows. Ask for a new one.',
};

/** Finds an invite by its token, whatever its state (for the invite page). */
export async function findInviteByToken(db: Db | Tx, token: string): Promise<InviteRow | null> {
  const [invite] = await db.select().from(t.invites).where(eq(t.invites.tokenHash, hashSecretToken(token))).limit(1);
  return invite ?? null;
}

/** Counts one use of an active invite inside the caller's transaction, or throws why it cannot be used. */
export async function claimInvite(tx: Tx, token: string): Promise<InviteRow> {
  const invite = await findInviteByToken(tx, token);
  if (!invite) throw new AppError('not_found', 'This invite link is not valid.');
  const status = inviteStatus(invite);
  if (status !== 'active') throw new AppError('conflict', STATUS_MESSAGE[status]);
  // The guarded update makes concurrent redemptions respect the use limit.
  const [claimed] = await tx
    .update(t.invites)
    .set({ uses: sql`${t.invites.uses} + 1` })
    .where(sql`${t.invites.id} = ${invite.id} and (${t.invites.maxUses} is null or ${t.invites.uses} < ${t.invites.maxUses})`)
    .returning();
  if (!claimed) throw new AppError('conflict', STATUS_MESSAGE.used_up);
  return claimed;
}
