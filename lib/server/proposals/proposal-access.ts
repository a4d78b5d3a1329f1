import { and, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { allows, policyContext, type Action } from '../../shared/policy';
import type { Actor } from '../auth/actor';
import { requireBoardPermission, type BoardAccess } from '../boards/board-access';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import type { BoardOutline } from '../../shared/board-doc/outline';
import type { ProposalRow, ProposalViewer } from './present-proposal';

export interface ProposalAccess extends BoardAccess {
  viewer: ProposalViewer & { userId: string };
  /** Sees private proposals of others (those running the board). */
  seesPrivate: boolean;
}

/** The actor's access to a board's proposals, as the rule book allows `action`. */
export async function requireProposalAccess(actor: Actor, boardId: string, action: Action): Promise<ProposalAccess> {
  const access = await requireBoardPermission(actor.userId, boardId, action);
  return {
    ...access,
    viewer: { userId: actor.userId, role: access.participant.role },
    seesPrivate: allows(policyContext(access.participant, access.board), 'proposal.seePrivate'),
  };
}

/** A proposal of this board the actor may see; a private one of someone else is not revealed (404). */
export async function findProposal(access: ProposalAccess, proposalId: string): Promise<ProposalRow> {
  const [row] = await getDb()
    .select()
    .from(t.proposals)
    .where(and(eq(t.proposals.id, proposalId), eq(t.proposals.boardId, access.board.id)))
    .limit(1);
  if (!row || (row.hidden && row.authorId !== access.viewer.userId && !access.seesPrivate)) throw new AppError('not_found', 'No such proposal');
  return row;
}

/** The board's content as the sync server holds it now. */
export async function readOutline(boardId: string): Promise<BoardOutline> {
  const sync = getRuntime().sync;
  if (!sync) throw new AppError('unavailable', 'The sync server is not running');
  return sync.readOutline(boardId);
}
