import type { Role, Side } from '../roles';
import type { CustomerEditMode, CustomerVisibility, PhaseRules, PolicyContext } from './types';

/** The rule book's view of a participant on a board, from stored rows or the API's board view. */
export function policyContext(
  participant: { role: Role; side: Side },
  board: { customerEditMode: CustomerEditMode; customerVisibility: CustomerVisibility; archivedAt: Date | string | null; editorsDecideProposals: boolean; moderatorsSeePrivate: boolean },
  phase: PhaseRules | null = null,
): PolicyContext {
  return {
    role: participant.role,
    side: participant.side,
    board: {
      customerEditMode: board.customerEditMode,
      customerVisibility: board.customerVisibility,
      archived: board.archivedAt !== null,
      editorsDecideProposals: board.editorsDecideProposals,
      moderatorsSeePrivate: board.moderatorsSeePrivate,
    },
    phase,
  };
}
