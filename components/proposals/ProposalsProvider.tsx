'use client';

import { useMemo, useState } from 'react';
import { useProposalFeed } from '@/lib/client/proposals/use-proposal-feed';
import { allows, type PolicyContext } from '@/lib/shared/policy';
import { ProposalsContext, type ProposalsContextValue } from './proposals-context';

/** The board's live proposals and what this person may do with them, for the panel, the step badges and the cell markers. */
export function ProposalsProvider({ boardId, viewerId, rules, children }: { boardId: string; viewerId: string; rules: PolicyContext; children: React.ReactNode }) {
  const proposals = useProposalFeed(boardId);
  const [suggestMode, setSuggestMode] = useState(false);
  const [stepFilter, showStep] = useState<string | null>(null);
  const value: ProposalsContextValue = useMemo(
    () => ({
      boardId,
      viewerId,
      proposals,
      canPropose: allows(rules, 'proposal.create'),
      canDecide: allows(rules, 'proposal.decide'),
      canDiscuss: allows(rules, 'proposal.discuss'),
      suggestMode,
      setSuggestMode,
      stepFilter,
      showStep,
    }),
    [boardId, viewerId, proposals, rules, suggestMode, stepFilter],
  );
  return <ProposalsContext.Provider value={value}>{children}</ProposalsContext.Provider>;
}
