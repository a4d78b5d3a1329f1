import { AppError } from '../../shared/errors';
import type { TBulkDecision } from '../../shared/schemas/proposal';
import type { Actor } from '../auth/actor';
import { decideRow } from './decide-proposal';
import type { ProposalRow } from './present-proposal';
import { findProposal, requireProposalAccess } from './proposal-access';
import { publishProposals } from './publish-proposals';

export interface BulkResult {
  proposalId: string;
  status: string | null;
  error: { code: string; message: string } | null;
}

/**
 * Accepts or rejects a selection, one proposal at a time in the order given:
 * each is its own decision (a conflict or a gone target stops only that one).
 */
export async function decideProposals(opts: { actor: Actor; boardId: string; input: TBulkDecision }): Promise<BulkResult[]> {
  const access = await requireProposalAccess(opts.actor, opts.boardId, 'proposal.decide');
  const results: BulkResult[] = [];
  const touched: ProposalRow[] = [];
  for (const proposalId of new Set(opts.input.proposalIds)) {
    try {
      const rows = await decideRow(access, await findProposal(access, proposalId), opts.input.decision);
      touched.push(...rows);
      results.push({ proposalId, status: rows[0]!.status, error: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ proposalId, status: null, error: { code: error.code, message: error.message } });
    }
  }
  await publishProposals(access.board.id, touched);
  return results;
}
