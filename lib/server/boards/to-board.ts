import type { TBoard } from '../../shared/schemas/board';
import type { BoardRow, ParticipantRow } from './board-access';

/** The API view of a board, as seen by one participant. */
export function toBoard(board: BoardRow, participant: Pick<ParticipantRow, 'role' | 'side'>): TBoard {
  return {
    id: board.id,
    workspaceId: board.workspaceId,
    name: board.name,
    description: board.description,
    customerEditMode: board.customerEditMode,
    customerVisibility: board.customerVisibility,
    editorsDecideProposals: board.editorsDecideProposals,
    moderatorsSeePrivate: board.moderatorsSeePrivate,
    archivedAt: board.archivedAt?.toISOString() ?? null,
    createdAt: board.createdAt.toISOString(),
    updatedAt: board.updatedAt.toISOString(),
    myRole: participant.role,
    mySide: participant.side,
  };
}
