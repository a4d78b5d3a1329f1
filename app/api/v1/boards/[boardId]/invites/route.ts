import { ZBoardParams } from '@/lib/shared/schemas/board';
import { ZInviteCreate } from '@/lib/shared/schemas/invite';
import { json, readJson, readParams, requireActor, route } from '@/lib/server/http/route';
import { createInvite } from '@/lib/server/invites/create-invite';
import { listInvites } from '@/lib/server/invites/list-invites';

export const GET = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  return json({ invites: await listInvites({ actor, boardId }) });
});

export const POST = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  const input = await readJson(req, ZInviteCreate);
  return json(await createInvite({ actor, boardId, input }), 201);
});
