import { eq, sql } from 'drizzle-orm';
import { getDb, t } from '../db';
import { hitRateLimit } from '../rate-limit';
import { AppError } from '../../shared/errors';
import { burnPasswordCheck, verifyPassword } from './password';

const GENERIC = 'Email or password is incorrect';

/**
 * Checks an email and password. The error never says whether the email exists,
 * and attempts are limited per email and per address.
 */
export async function verifyCredentials(opts: { email: string; password: string; ip: string }) {
  const email = opts.email.trim().toLowerCase();
  for (const key of [`signin:email:${email}`, `signin:ip:${opts.ip}`]) {
    const limit = key.includes(':ip:') ? 30 : 10;
    if (!hitRateLimit(key, limit, 60_000).ok) {
      throw new AppError('rate_limited', 'Too many sign-in attempts. Wait a minute and try again.');
    }
  }
  const [user] = await getDb()
    .select()
    .from(t.users)
    .where(eq(sql`lower(${t.users.email})`, email))
    .limit(1);
  if (!user?.passwordHash) {
    await burnPasswordCheck(opts.password);
    throw new AppError('unauthenticated', GENERIC);
  }
  if (!(await verifyPassword(opts.password, user.passwordHash))) throw new AppError('unauthenticated', GENERIC);
  return user;
}
