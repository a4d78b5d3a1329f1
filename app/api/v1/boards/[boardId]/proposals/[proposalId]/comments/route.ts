import { ZCommentCreate, ZProposalParams } from '@/lib/shared/schemas/proposal';
import { json, readJson, readParams, requireActor, route } from '@/lib/server/http/route';
import { commentProposal } from '@/lib/server/proposals/comment-proposal';
import { getProposal } from '@/lib/server/proposals/get-proposal';

export const GET = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId, proposalId } = await readParams(ctx, ZProposalParams);
  return json({ comments: (await getProposal({ actor, boardId, proposalId })).comments });
});

export const POST = route(async (req, ctx) => {
  const actor = await requireActor(req);
  const { boardId, proposalId } = await readParams(ctx, ZProposalParams);
  const { body, parentId } = await readJson(req, ZCommentCreate);
  return json({ comment: await commentProposal({ actor, boardId, proposalId, body, parentId }) }, 201);
});
