import { ZProposalEdit, ZProposalParams } from '@/lib/shared/schemas/proposal';
import { json, readJson, readParams, requireActor, route } from '@/lib/server/http/route';
import { editProposal } from '@/lib/server/proposals/edit-proposal';
import { getProposal } from '@/lib/server/proposals/get-proposal';

export const GET = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId, proposalId } = await readParams(ctx, ZProposalParams);
  return json(await getProposal({ actor, boardId, proposalId }));
});

/** The author edits or withdraws (`{ "withdraw": true }`) an open proposal. */
export const PATCH = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId, proposalId } = await readParams(ctx, ZProposalParams);
  const input = await readJson(req, ZProposalEdit);
  return json({ proposal: await editProposal({ actor, boardId, proposalId, input }) });
});
