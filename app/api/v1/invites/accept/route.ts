import { ZInviteAccept } from '@/lib/shared/schemas/invite';
import { resolveActor } from '@/lib/server/auth/actor';
import { createSessionCookie } from '@/lib/server/auth/session';
import { json, readJson, route } from '@/lib/server/http/route';
import { acceptInvite } from '@/lib/server/invites/accept-invite';
import { limitInviteAttempts } from '@/lib/server/invites/limit-invite-attempts';

export const POST = route(async (req) => {
  await limitInviteAttempts(req, 'accept');
  const input = await readJson(req, ZInviteAccept);
  // Signing in is optional here: signed-in staff join as themselves.
  const actor = await resolveActor({ cookie: req.headers.get('cookie'), authorization: req.headers.get('authorization') });
  const { boardId, guest } = await acceptInvite({ actor, input });
  return json({ boardId }, 200, guest ? { 'set-cookie': await createSessionCookie(guest) } : undefined);
});
