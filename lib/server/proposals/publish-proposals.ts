import { eq } from 'drizzle-orm';
import { getDb, t } from '../db';
import { logger } from '../log';
import { getRuntime } from '../runtime';
import { findParticipantRecords } from '../participants/list-participants';
import { endorsersOf, peopleFrom, presentSummary, type ProposalRow } from './present-proposal';

/** The control-state key of one proposal, in the maps `state`, `moderators` and `me`. */
export const proposalKey = (id: string) => `proposal:${id}`;

/**
 * Pushes proposals' summaries to the board's control room, per audience:
 * everyone gets the non-private ones (customers anonymised as the board
 * says); the moderators get private ones and, on anonymous boards, named
 * copies; a private proposal's author, and on anonymous boards a customer
 * author, gets it in their own `me` map. A
 * client reads `me` over `moderators` over `state`. Nobody else's socket
 * ever receives a private proposal's bytes.
 */
export async function publishProposals(boardId: string, rows: ProposalRow[], opts: { revealed?: boolean; settingsChanged?: boolean } = {}): Promise<void> {
  const sync = getRuntime().sync;
  if (!sync || !rows.length) return;
  const [board] = await getDb().select().from(t.boards).where(eq(t.boards.id, boardId)).limit(1);
  if (!board) return;
  const [records, endorsers] = await Promise.all([findParticipantRecords(board.id), endorsersOf(rows.map((r) => r.id))]);
  const everyone = peopleFrom(records, board, { userId: null, role: 'contributor' });
  const moderators = peopleFrom(records, board, { userId: null, role: 'moderator' });
  const anonymous = board.customerVisibility === 'anonymous';
  const sideOf = new Map(records.map((r) => [r.userId, r.side]));
  // One update per audience, however many proposals changed (a reveal, an accept superseding rivals).
  const toEveryone: Record<string, unknown> = {};
  const toModerators: Record<string, unknown> = {};
  const toAuthors = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const by = endorsers.get(row.id) ?? [];
    const key = proposalKey(row.id);
    // A proposal is private from its creation until the reveal, never again: only a reveal clears the private copies.
    if (!row.hidden) toEveryone[key] = presentSummary(row, everyone, by);
    const toRunners = row.hidden ? board.moderatorsSeePrivate : anonymous;
    if (toRunners || opts.revealed || opts.settingsChanged) toModerators[key] = toRunners ? presentSummary(row, moderators, by) : undefined;
    // An anonymised customer would not recognise their own public proposal (no id), so could not edit or withdraw it: they get their own copy.
    const ownCopy = row.hidden || (anonymous && sideOf.get(row.authorId) === 'customer');
    if (ownCopy || opts.revealed || opts.settingsChanged) {
      const author = peopleFrom(records, board, { userId: row.authorId, role: 'contributor' });
      (toAuthors.get(row.authorId) ?? toAuthors.set(row.authorId, {}).get(row.authorId)!)[key] = ownCopy ? presentSummary(row, author, by) : undefined;
    }
  }
  try {
    if (Object.keys(toEveryone).length) await sync.setControlStates(boardId, toEveryone, 'everyone');
    if (Object.keys(toModerators).length) await sync.setControlStates(boardId, toModerators, 'moderators');
    for (const [userId, entries] of toAuthors) await sync.setControlStates(boardId, entries, { userId });
  } catch (err) {
    // The stored proposal is the truth; a page that missed a push reads it from the API.
    logger().warn({ err, boardId }, 'proposals: live push failed');
  }
}
