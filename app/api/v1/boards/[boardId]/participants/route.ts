import { ZBoardParams } from '@/lib/shared/schemas/board';
import { ZParticipantAdd } from '@/lib/shared/schemas/participant';
import { json, readJson, readParams, requireActor, route } from '@/lib/server/http/route';
import { addParticipant } from '@/lib/server/participants/add-participant';
import { listParticipants } from '@/lib/server/participants/list-participants';

export const GET = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  return json({ participants: await listParticipants({ actorId: actor.userId, boardId }) });
});

export const POST = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  const input = await readJson(req, ZParticipantAdd);
  return json({ participant: await addParticipant({ actorId: actor.userId, boardId, input }) }, 201);
});
