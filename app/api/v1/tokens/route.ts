import { ZTokenCreate } from '@/lib/shared/schemas/token';
import { json, readJson, requireActor, requireStaff, route } from '@/lib/server/http/route';
import { createApiToken } from '@/lib/server/tokens/create-api-token';
import { listTokens } from '@/lib/server/tokens/list-tokens';

export const GET = route(async (req) => {
  const actor = requireStaff(await requireActor(req));
  return json({ tokens: await listTokens({ actorId: actor.userId }) });
});

export const POST = route(async (req) => {
  const actor = requireStaff(await requireActor(req));
  const { name } = await readJson(req, ZTokenCreate);
  return json(await createApiToken({ actorId: actor.userId, name }), 201);
});
