import { ZBoardDelete, ZBoardParams, ZBoardUpdate } from '@/lib/shared/schemas/board';
import { deleteBoard } from '@/lib/server/boards/delete-board';
import { getBoard } from '@/lib/server/boards/get-board';
import { updateBoard } from '@/lib/server/boards/update-board';
import { json, noContent, readJson, readParams, requireActor, route } from '@/lib/server/http/route';

export const GET = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  return json({ board: await getBoard({ actorId: actor.userId, boardId }) });
});

export const PATCH = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  const input = await readJson(req, ZBoardUpdate);
  return json({ board: await updateBoard({ actorId: actor.userId, boardId, input }) });
});

export const DELETE = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  const { confirmName } = await readJson(req, ZBoardDelete);
  await deleteBoard({ actorId: actor.userId, boardId, confirmName });
  return noContent();
});
