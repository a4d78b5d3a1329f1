import { ZParticipantParams, ZParticipantUpdate } from '@/lib/shared/schemas/participant';
import { json, noContent, readJson, readParams, requireActor, route } from '@/lib/server/http/route';
import { removeParticipant } from '@/lib/server/participants/remove-participant';
import { updateParticipant } from '@/lib/server/participants/update-participant';

export const PATCH = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId, userId } = await readParams(ctx, ZParticipantParams);
  const input = await readJson(req, ZParticipantUpdate);
  return json({ participant: await updateParticipant({ actorId: actor.userId, boardId, userId, input }) });
});

export const DELETE = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId, userId } = await readParams(ctx, ZParticipantParams);
  await removeParticipant({ actorId: actor.userId, boardId, userId });
  return noContent();
});
