import { ZProposalParams } from '@/lib/shared/schemas/proposal';
import { json, readParams, requireActor, route } from '@/lib/server/http/route';
import { endorseProposal } from '@/lib/server/proposals/endorse-proposal';

const endorse = (on: boolean) =>
  route(async (req, ctx) => {
    const actor = await requireActor(req);
    const { boardId, proposalId } = await readParams(ctx, ZProposalParams);
    return json({ proposal: await endorseProposal({ actor, boardId, proposalId, on }) });
  });

export const POST = endorse(true);
export const DELETE = endorse(false);
