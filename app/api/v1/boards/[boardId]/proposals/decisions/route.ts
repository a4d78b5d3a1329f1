import { ZBoardParams, ZBulkDecision } from '@/lib/shared/schemas/proposal';
import { json, readJson, readParams, requireActor, route } from '@/lib/server/http/route';
import { decideProposals } from '@/lib/server/proposals/decide-proposals';

/** Bulk accept or reject: one result per proposal. */
export const POST = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  const input = await readJson(req, ZBulkDecision);
  return json({ results: await decideProposals({ actor, boardId, input }) });
});
