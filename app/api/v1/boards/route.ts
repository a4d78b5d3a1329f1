import { ZBoardCreate, ZBoardListQuery } from '@/lib/shared/schemas/board';
import { createBoard } from '@/lib/server/boards/create-board';
import { listBoards } from '@/lib/server/boards/list-boards';
import { toBoard } from '@/lib/server/boards/to-board';
import { json, readJson, readQuery, requireActor, requireStaff, route } from '@/lib/server/http/route';

export const GET = route(async (req) => {
  const actor = await requireActor(req);
  const query = readQuery(req, ZBoardListQuery);
  return json({ boards: await listBoards({ actorId: actor.userId, q: query.q || undefined, filter: query.filter }) });
});

export const POST = route(async (req) => {
  const actor = requireStaff(await requireActor(req));
  const input = await readJson(req, ZBoardCreate);
  const board = await createBoard({ actorId: actor.userId, input });
  return json({ board: toBoard(board, { role: 'owner', side: 'firm' }) }, 201);
});
