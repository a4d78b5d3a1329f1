import { eq, sql } from 'drizzle-orm';
import { getDb, t } from '../db';
import { assertWithinLimits, hitRateLimit, limiter } from '../rate-limit';
import { AppError } from '../../shared/errors';
import { burnPasswordCheck, verifyPassword } from './password';

const GENERIC = 'Email or password is incorrect';

/**
 * Wrong guesses count per account *and* address, so someone guessing from one place cannot lock
 * the real owner out from another. Each address also has a ceiling over all accounts it tries.
 * A pair that keeps hitting its limit within a day waits twice as long each time (1 min, 2, 4, … up to 1 h).
 */
export const SIGN_IN_LIMITS = {
  pair: { points: 10, durationSec: 60 },
  ip: { points: 100, durationSec: 10 * 60 },
  /** Counts how often a pair ran into its limit, for the backoff. */
  strikes: { points: 1_000, durationSec: 24 * 60 * 60 },
} as const;
const MAX_BLOCK_SEC = 60 * 60;

/** Checks an email and password. The error never says whether the email exists. */
export async function verifyCredentials(opts: { email: string; password: string; ip: string }) {
  const email = opts.email.trim().toLowerCase();
  const pair = `${email}|${opts.ip}`;
  const [forPair, forIp] = await Promise.all([
    hitRateLimit('signin-pair', pair, SIGN_IN_LIMITS.pair),
    hitRateLimit('signin-ip', opts.ip, SIGN_IN_LIMITS.ip),
  ]);
  if (!forPair.ok && forPair.retryAfterMs > 0) await backOff(pair, forPair.retryAfterMs);
  assertWithinLimits('Too many sign-in attempts. Wait a while and try again.', forPair, forIp);
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
  // The owner got in: their earlier typos from here no longer count.
  await limiter('signin-pair', SIGN_IN_LIMITS.pair).delete(pair);
  return user;
}

/** The first refusal of a window blocks the pair for 1 min × 2^(strikes − 1), beyond the window's own end. */
async function backOff(pair: string, retryAfterMs: number): Promise<void> {
  const pairLimit = limiter('signin-pair', SIGN_IN_LIMITS.pair);
  const current = await pairLimit.get(pair);
  // Only the attempt that first went over the limit extends the block; later ones are already refused.
  if (!current || current.consumedPoints !== SIGN_IN_LIMITS.pair.points + 1) return;
  const strikes = await limiter('signin-strikes', SIGN_IN_LIMITS.strikes).consume(pair).catch(() => null);
  const blockSec = Math.min(MAX_BLOCK_SEC, 60 * 2 ** ((strikes?.consumedPoints ?? 1) - 1));
  if (blockSec * 1000 > retryAfterMs) await pairLimit.block(pair, blockSec);
}
