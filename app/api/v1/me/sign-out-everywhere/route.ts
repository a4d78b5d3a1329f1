import { clearSessionCookie } from '@/lib/server/auth/session';
import { requireActor, route } from '@/lib/server/http/route';
import { signOutEverywhere } from '@/lib/server/users/sign-out-everywhere';

export const POST = route(async (req) => {
  const actor = await requireActor(req);
  await signOutEverywhere({ actorId: actor.userId });
  // This browser's cookie is dead anyway; clearing it spares the next request a useless check.
  return new Response(null, { status: 204, headers: { 'set-cookie': clearSessionCookie() } });
});
