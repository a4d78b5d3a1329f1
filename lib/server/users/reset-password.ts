import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { hashPassword } from '../auth/password';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import { revokeCredentials } from './revoke-credentials';

/** Sets a staff user's password, ends every session they have and revokes their API tokens. */
export async function resetPassword(opts: { userId: string; password: string }): Promise<void> {
  const passwordHash = await hashPassword(opts.password);
  const found = await getDb().transaction(async (tx) => {
    const [user] = await tx.update(t.users).set({ passwordHash }).where(eq(t.users.id, opts.userId)).returning({ id: t.users.id });
    if (user) await revokeCredentials(tx, user.id);
    return user;
  });
  if (!found) throw new AppError('not_found', 'No such user');
  getRuntime().sync?.disconnectUser(found.id);
}
