import { AppError } from '@/lib/shared/errors';
import { ZInviteInspect } from '@/lib/shared/schemas/invite';
import { json, readJson, route } from '@/lib/server/http/route';
import { inspectInvite } from '@/lib/server/invites/inspect-invite';
import { limitInviteAttempts } from '@/lib/server/invites/limit-invite-attempts';

export const POST = route(async (req) => {
  await limitInviteAttempts(req, 'inspect');
  const { token } = await readJson(req, ZInviteInspect);
  const invite = await inspectInvite(token);
  if (!invite) throw new AppError('not_found', 'This invite link is not valid.');
  return json({ invite });
});
