'use client';

import { createContext, useContext } from 'react';
import type { TProposalSummary } from '@/lib/shared/schemas/proposal';

export interface ProposalsContextValue {
  boardId: string;
  viewerId: string;
  proposals: TProposalSummary[];
  /** May propose (the "Suggest a change" editor, suggest mode). */
  canPropose: boolean;
  canDecide: boolean;
  canDiscuss: boolean;
  /** Suggest mode: this person's cell edits become proposals. */
  suggestMode: boolean;
  setSuggestMode(on: boolean): void;
  /** The step whose proposals the panel shows, or null for all. */
  stepFilter: string | null;
  showStep(stepId: string | null): void;
}

export const ProposalsContext = createContext<ProposalsContextValue | null>(null);

/** Null outside a board page with proposals (cells render without markers). */
export function useProposals(): ProposalsContextValue | null {
  return useContext(ProposalsContext);
}

export const openOn = (proposals: TProposalSummary[], stepId: string, laneId?: string) =>
  proposals.filter((p) => p.status === 'open' && p.stepId === stepId && (laneId === undefined || p.laneId === laneId));
