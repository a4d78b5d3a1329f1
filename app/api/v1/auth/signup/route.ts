import { ZSignUp } from '@/lib/shared/schemas/auth';
import { createSessionCookie } from '@/lib/server/auth/session';
import { clientIp } from '@/lib/server/http/client-ip';
import { json, readJson, route } from '@/lib/server/http/route';
import { assertWithinLimits, hitRateLimit } from '@/lib/server/rate-limit';
import { getRuntime } from '@/lib/server/runtime';
import { createStaffUser } from '@/lib/server/users/create-staff-user';

export const POST = route(async (req) => {
  const limit = { points: getRuntime().config.SIGNUP_LIMIT_PER_HOUR, durationSec: 60 * 60 };
  assertWithinLimits('Too many sign-ups from this address. Try again later.', await hitRateLimit('signup', clientIp(req.headers), limit));
  const input = await readJson(req, ZSignUp);
  const { user, workspaceId } = await createStaffUser(input);
  return json(
    { user: { id: user.id, email: user.email, name: user.name }, workspaceId },
    201,
    { 'set-cookie': await createSessionCookie(user) },
  );
});
