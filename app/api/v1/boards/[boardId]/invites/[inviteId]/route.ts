import { ZInviteParams } from '@/lib/shared/schemas/invite';
import { noContent, readParams, requireActor, route } from '@/lib/server/http/route';
import { revokeInvite } from '@/lib/server/invites/revoke-invite';

export const DELETE = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId, inviteId } = await readParams(ctx, ZInviteParams);
  await revokeInvite({ actor, boardId, inviteId });
  return noContent();
});
