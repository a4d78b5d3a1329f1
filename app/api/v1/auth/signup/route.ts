import { AppError } from '@/lib/shared/errors';
import { ZSignUp } from '@/lib/shared/schemas/auth';
import { createSessionCookie } from '@/lib/server/auth/session';
import { clientIp } from '@/lib/server/http/client-ip';
import { json, readJson, route } from '@/lib/server/http/route';
import { hitRateLimit } from '@/lib/server/rate-limit';
import { getRuntime } from '@/lib/server/runtime';
import { createStaffUser } from '@/lib/server/users/create-staff-user';

export const POST = route(async (req) => {
  if (!(await hitRateLimit('signup', clientIp(req.headers), { points: getRuntime().config.SIGNUP_LIMIT_PER_HOUR, durationSec: 60 * 60 })).ok) {
    throw new AppError('rate_limited', 'Too many sign-ups from this address. Try again later.');
  }
  const input = await readJson(req, ZSignUp);
  const { user, workspaceId } = await createStaffUser(input);
  return json(
    { user: { id: user.id, email: user.email, name: user.name }, workspaceId },
    201,
    { 'set-cookie': await createSessionCookie(user) },
  );
});
