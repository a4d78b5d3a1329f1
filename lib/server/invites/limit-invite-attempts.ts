import { AppError } from '../../shared/errors';
import { clientIp } from '../http/client-ip';
import { hitRateLimit } from '../rate-limit';

/**
 * Invite tokens cannot be guessed (256 bits), but each accept makes a guest
 * account, so both calls are limited per address.
 */
const LIMITS = {
  inspect: { limit: 120, windowMs: 60_000 },
  accept: { limit: 60, windowMs: 10 * 60_000 },
} as const;

export function limitInviteAttempts(req: Request, action: keyof typeof LIMITS): void {
  const { limit, windowMs } = LIMITS[action];
  if (!hitRateLimit(`invite-${action}:${clientIp(req.headers)}`, limit, windowMs).ok) {
    throw new AppError('rate_limited', 'Too many invite attempts from this address. Wait a while and try again.');
  }
}
