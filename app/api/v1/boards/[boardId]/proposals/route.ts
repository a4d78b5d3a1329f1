import { ZBoardParams, ZProposalCreate, ZProposalQuery } from '@/lib/shared/schemas/proposal';
import { json, readJson, readParams, readQuery, requireActor, route } from '@/lib/server/http/route';
import { createProposal } from '@/lib/server/proposals/create-proposal';
import { listProposals } from '@/lib/server/proposals/list-proposals';

export const GET = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  return json(await listProposals({ actor, boardId, query: readQuery(req, ZProposalQuery) }));
});

export const POST = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId } = await readParams(ctx, ZBoardParams);
  const input = await readJson(req, ZProposalCreate);
  return json({ proposal: await createProposal({ actor, boardId, input }) }, 201);
});
