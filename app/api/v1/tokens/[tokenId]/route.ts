import { ZTokenParams } from '@/lib/shared/schemas/token';
import { noContent, readParams, requireActor, requireStaff, route } from '@/lib/server/http/route';
import { revokeApiToken } from '@/lib/server/tokens/revoke-api-token';

export const DELETE = route(async (req, ctx) => {
  const actor = requireStaff(await requireActor(req));
  const { tokenId } = await readParams(ctx, ZTokenParams);
  await revokeApiToken({ actorId: actor.userId, tokenId });
  return noContent();
});
