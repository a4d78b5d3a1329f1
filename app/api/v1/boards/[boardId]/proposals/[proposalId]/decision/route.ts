import { ZProposalDecision, ZProposalParams } from '@/lib/shared/schemas/proposal';
import { json, readJson, readParams, requireActor, route } from '@/lib/server/http/route';
import { decideProposal } from '@/lib/server/proposals/decide-proposal';

/** accept (optionally with hand-merged `text`) · reject with a reason · reopen · undo · ask_update. */
export const POST = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId, proposalId } = await readParams(ctx, ZProposalParams);
  const input = await readJson(req, ZProposalDecision);
  return json({ proposal: await decideProposal({ actor, boardId, proposalId, input }) });
});
