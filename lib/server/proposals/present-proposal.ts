import { inArray } from 'drizzle-orm';
import type { Role } from '../../shared/roles';
import type { TPersonRef, TProposal, TProposalSummary } from '../../shared/schemas/proposal';
import { getDb, t } from '../db';
import { findParticipantRecords } from '../participants/list-participants';
import { presentParticipants, type ParticipantRecord } from '../participants/present-participants';

export type ProposalRow = typeof t.proposals.$inferSelect;

/** Who is looking: a person, or (userId null) everyone on the board without a role above contributor. */
export interface ProposalViewer {
  userId: string | null;
  role: Role;
}

/** Names as one viewer may see them (anonymous customers by number, no id), for one board. */
export type PeopleOf = (userId: string | null) => TPersonRef | null;

export async function peopleFor(board: { id: string; customerVisibility: 'named' | 'anonymous' }, viewer: ProposalViewer): Promise<PeopleOf> {
  return peopleFrom(await findParticipantRecords(board.id), board, viewer);
}

/** As `peopleFor`, from participant records already loaded (one query for several viewers). */
export function peopleFrom(records: ParticipantRecord[], board: { customerVisibility: 'named' | 'anonymous' }, viewer: ProposalViewer): PeopleOf {
  const seen = presentParticipants(records, { userId: viewer.userId ?? '', role: viewer.role }, board.customerVisibility);
  const names = new Map(records.map((r) => [r.userId, r.name]));
  // An anonymised customer keeps a stable number but loses the id that would name them.
  const byId = new Map<string, TPersonRef>(
    seen.map((p) => [p.userId, { userId: p.isYou || p.displayName === names.get(p.userId) ? p.userId : null, name: p.displayName, side: p.side }]),
  );
  return (userId) => (userId ? (byId.get(userId) ?? { userId: null, name: 'Former participant', side: 'customer' }) : null);
}

/** Who endorsed each proposal, oldest first. */
export async function endorsersOf(proposalIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!proposalIds.length) return out;
  const rows = await getDb()
    .select({ proposalId: t.proposalEndorsements.proposalId, userId: t.proposalEndorsements.userId })
    .from(t.proposalEndorsements)
    .where(inArray(t.proposalEndorsements.proposalId, proposalIds))
    .orderBy(t.proposalEndorsements.createdAt);
  for (const r of rows) (out.get(r.proposalId) ?? out.set(r.proposalId, []).get(r.proposalId)!).push(r.userId);
  return out;
}

export function presentSummary(row: ProposalRow, people: PeopleOf, endorsers: string[]): TProposalSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    rationale: row.rationale,
    scriptId: row.scriptId,
    stepId: row.stepId,
    laneId: row.laneId,
    baseText: row.baseText,
    proposedText: row.proposedText,
    payload: row.payload,
    author: people(row.authorId)!,
    private: row.hidden,
    endorsements: { count: endorsers.length, by: endorsers.map((id) => people(id)!) },
    commentCount: row.commentCount,
    decidedBy: people(row.decidedBy),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionReason: row.decisionReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentProposal(row: ProposalRow, people: PeopleOf, endorsers: string[], viewerId: string): TProposal {
  const summary = presentSummary(row, people, endorsers);
  return { ...summary, isYours: row.authorId === viewerId, endorsements: { ...summary.endorsements, byYou: endorsers.includes(viewerId) } };
}
