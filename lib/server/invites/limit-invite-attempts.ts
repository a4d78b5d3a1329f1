import { clientIp } from '../http/client-ip';
import { assertWithinLimits, hitRateLimit } from '../rate-limit';

/**
 * Invite tokens cannot be guessed (256 bits), but each accept makes a guest account, so both
 * calls are limited per address. Sized for a workshop room of 50 behind one NAT, each person
 * opening the link a few times and some accepting twice (two devices).
 */
export const INVITE_LIMITS = {
  inspect: { points: 600, durationSec: 60 },
  accept: { points: 200, durationSec: 10 * 60 },
} as const;

export async function limitInviteAttempts(req: Request, action: keyof typeof INVITE_LIMITS): Promise<void> {
  const result = await hitRateLimit(`invite-${action}`, clientIp(req.headers), INVITE_LIMITS[action]);
  assertWithinLimits('Too many invite attempts from this address. Wait a while and try again.', result);
}
