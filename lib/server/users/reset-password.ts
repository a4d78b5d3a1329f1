import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { hashPassword } from '../auth/password';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';

/** Sets a staff user's password and ends every session they have (sessions carry the old sessionVersion). */
export async function resetPassword(opts: { userId: string; password: string }): Promise<void> {
  const passwordHash = await hashPassword(opts.password);
  const [user] = await getDb()
    .update(t.users)
    .set({ passwordHash, sessionVersion: sql`${t.users.sessionVersion} + 1` })
    .where(eq(t.users.id, opts.userId))
    .returning({ id: t.users.id });
  if (!user) throw new AppError('not_found', 'No such user');
  getRuntime().sync?.disconnectUser(user.id);
}
