import { and, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { TInviteAccept } from '../../shared/schemas/invite';
import type { Actor } from '../auth/actor';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import { claimInvite, findInviteByToken } from './claim-invite';

type UserRow = typeof t.users.$inferSelect;

/**
 * Redeems a board invite. Signed-in staff join the board as themselves (and
 * keep their place if already on it); anyone else becomes a new guest who
 * exists only on this board. Returns the guest to sign in, if one was made.
 */
export async function acceptInvite(opts: { actor: Actor | null; input: TInviteAccept }): Promise<{ boardId: string; guest: UserRow | null }> {
  const { actor, input } = opts;
  const db = getDb();
  const staff = actor?.kind === 'staff' ? actor : null;
  const result = await db.transaction(async (tx) => {
    if (staff) {
      const found = await findInviteByToken(tx, input.token);
      if (found?.boardId) {
        const [already] = await tx
          .select({ boardId: t.participants.boardId })
          .from(t.participants)
          .where(and(eq(t.participants.boardId, found.boardId), eq(t.participants.userId, staff.userId)))
          .limit(1);
        if (already) return { boardId: already.boardId, userId: staff.userId, guest: null };
      }
    }
    const invite = await claimInvite(tx, input.token);
    if (!invite.boardId || !invite.role || !invite.side) {
      throw new AppError('bad_request', 'This link invites staff to a workspace: open it to sign up instead.');
    }
    let guest: UserRow | null = null;
    if (!staff) {
      // Nobody verified this address: it is contact data only, so it never blocks a staff sign-up
      // with the same email and no sign-in (password or OAuth) ever finds the guest by it.
      const [created] = await tx
        .insert(t.users)
        .values({ kind: 'guest', name: input.displayName, contactEmail: input.email ?? null })
        .returning();
      guest = created!;
    }
    const userId = staff?.userId ?? guest!.id;
    await tx.insert(t.participants).values({ boardId: invite.boardId, userId, role: invite.role, side: invite.side });
    return { boardId: invite.boardId, userId, guest };
  });
  getRuntime().sync?.recheckAccess(result.boardId, result.userId);
  return { boardId: result.boardId, guest: result.guest };
}
