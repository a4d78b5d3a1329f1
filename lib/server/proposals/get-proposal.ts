import { asc, eq } from 'drizzle-orm';
import type { TProposal, TProposalComment } from '../../shared/schemas/proposal';
import type { Actor } from '../auth/actor';
import { getDb, t } from '../db';
import { endorsersOf, peopleFor, presentProposal, type ProposalRow } from './present-proposal';
import { findProposal, requireProposalAccess, type ProposalAccess } from './proposal-access';

export interface TProposalDetail {
  proposal: TProposal;
  comments: TProposalComment[];
  history: Array<{ action: string; by: TProposal['author'] | null; reason: string | null; at: string }>;
}

/** One proposal with its comments and its decisions, as the actor may see them. */
export async function getProposal(opts: { actor: Actor; boardId: string; proposalId: string }): Promise<TProposalDetail> {
  const access = await requireProposalAccess(opts.actor, opts.boardId, 'board.read');
  const row = await findProposal(access, opts.proposalId);
  const people = await peopleFor(access.board, access.viewer);
  const [endorsers, comments, decisions] = await Promise.all([
    endorsersOf([row.id]),
    getDb().select().from(t.proposalComments).where(eq(t.proposalComments.proposalId, row.id)).orderBy(asc(t.proposalComments.createdAt)),
    getDb().select().from(t.proposalDecisions).where(eq(t.proposalDecisions.proposalId, row.id)).orderBy(asc(t.proposalDecisions.createdAt)),
  ]);
  return {
    proposal: presentProposal(row, people, endorsers.get(row.id) ?? [], opts.actor.userId),
    comments: comments.map((c) => ({ id: c.id, parentId: c.parentId, author: people(c.authorId)!, body: c.body, createdAt: c.createdAt.toISOString() })),
    history: decisions.map((d) => ({ action: d.action, by: people(d.actorId), reason: d.reason, at: d.createdAt.toISOString() })),
  };
}

/** A proposal row as the actor of `access` sees it. */
export async function getProposalView(access: ProposalAccess, row: ProposalRow): Promise<TProposal> {
  const [people, endorsers] = await Promise.all([peopleFor(access.board, access.viewer), endorsersOf([row.id])]);
  return presentProposal(row, people, endorsers.get(row.id) ?? [], access.viewer.userId);
}
