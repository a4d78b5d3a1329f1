import { ZBoardParams } from '@/lib/shared/schemas/proposal';
import { json, readParams, requireActor, route } from '@/lib/server/http/route';
import { revealProposals } from '@/lib/server/proposals/reveal-proposals';

export const POST = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  return json(await revealProposals({ actor, boardId }));
});
