import { z } from 'zod';
import { ZId, ZSide } from './common';

export const PROPOSAL_KINDS = ['cell_change', 'add_step', 'remove_step', 'move_step', 'add_script', 'idea'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_STATUSES = ['open', 'accepted', 'rejected', 'withdrawn', 'superseded', 'stale'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_SORTS = ['newest', 'endorsed'] as const;

/** A cell's text is capped like the board-change schema caps it. */
export const MAX_CELL_TEXT = 20_000;

const ZDocId = z.string().min(1).max(64);
const ZTitle = z.string().trim().max(200);
const ZRationale = z.string().trim().max(4_000);
const ZCellText = z.string().max(MAX_CELL_TEXT, `At most ${MAX_CELL_TEXT} characters`);

const common = {
  title: ZTitle.optional(),
  rationale: ZRationale.optional(),
  /** Hidden until a moderator reveals: only its author (and those running the board) receive it. */
  private: z.boolean().optional(),
};
const needsTitle = { ...common, title: ZTitle.min(1, 'Give it a title') };

/** What a person proposes, by kind. The server fills in the base text of a cell change from the board. */
export const ZProposalCreate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cell_change'), scriptId: ZDocId, stepId: ZDocId, laneId: ZDocId, proposedText: ZCellText, ...common }),
  z.strictObject({
    kind: z.literal('add_step'),
    scriptId: ZDocId,
    index: z.number().int().min(0).max(10_000),
    cells: z.record(ZDocId, ZCellText).optional(),
    ...needsTitle,
  }),
  z.strictObject({ kind: z.literal('remove_step'), scriptId: ZDocId, stepId: ZDocId, ...needsTitle }),
  z.strictObject({ kind: z.literal('move_step'), scriptId: ZDocId, stepId: ZDocId, index: z.number().int().min(0).max(10_000), ...needsTitle }),
  z.strictObject({ kind: z.literal('add_script'), scriptTitle: z.string().trim().min(1).max(200), steps: z.number().int().min(0).max(50).optional(), ...needsTitle }),
  z.strictObject({ kind: z.literal('idea'), scriptId: ZDocId.optional(), stepId: ZDocId.optional(), ...needsTitle }),
]);
export type TProposalCreate = z.infer<typeof ZProposalCreate>;

/** The author's edit while open; `rebase` re-reads the cell's current text as the new base. */
export const ZProposalEdit = z
  .strictObject({
    title: ZTitle.optional(),
    rationale: ZRationale.optional(),
    proposedText: ZCellText.optional(),
    rebase: z.boolean().optional(),
    withdraw: z.literal(true).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });
export type TProposalEdit = z.infer<typeof ZProposalEdit>;

export const ZProposalDecision = z.discriminatedUnion('action', [
  /**
   * `text`: accept with this text instead (a hand merge). `overrideConflict`:
   * the decider saw that the cell changed since the proposal and accepts anyway.
   */
  z.strictObject({ action: z.literal('accept'), text: ZCellText.optional(), overrideConflict: z.boolean().optional() }),
  z.strictObject({ action: z.literal('reject'), reason: z.string().trim().min(1, 'Say why').max(2_000) }),
  /** Back to open (rejected, superseded, withdrawn, stale); a cell change is re-based on the cell's current text. */
  z.strictObject({ action: z.literal('reopen') }),
  /** Undoes the latest decision as a new one; an accepted change is reverted by a new credited write. */
  z.strictObject({ action: z.literal('undo') }),
  /** Asks the author to update the proposal (posted as a comment). */
  z.strictObject({ action: z.literal('ask_update'), reason: z.string().trim().min(1).max(2_000) }),
]);
export type TProposalDecision = z.infer<typeof ZProposalDecision>;

export const ZBulkDecision = z.strictObject({
  proposalIds: z.array(ZId).min(1).max(200),
  decision: z.discriminatedUnion('action', [
    z.strictObject({ action: z.literal('accept') }),
    z.strictObject({ action: z.literal('reject'), reason: z.string().trim().min(1, 'Say why').max(2_000) }),
  ]),
});
export type TBulkDecision = z.infer<typeof ZBulkDecision>;

export const ZCommentCreate = z.strictObject({ body: z.string().trim().min(1).max(4_000), parentId: ZId.optional() });

export const ZProposalQuery = z.strictObject({
  status: z.enum(PROPOSAL_STATUSES).optional(),
  author: ZId.optional(),
  side: ZSide.optional(),
  script: ZDocId.optional(),
  step: ZDocId.optional(),
  sort: z.enum(PROPOSAL_SORTS).default('newest'),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TProposalQuery = z.infer<typeof ZProposalQuery>;

export const ZProposalParams = z.strictObject({ boardId: ZId, proposalId: ZId });

/** A person as this viewer may see them (anonymous customers have no id and a numbered name). */
export interface TPersonRef {
  userId: string | null;
  name: string;
  side: 'firm' | 'customer';
}

export interface TProposal {
  id: string;
  kind: ProposalKind;
  status: ProposalStatus;
  title: string;
  rationale: string;
  scriptId: string | null;
  stepId: string | null;
  laneId: string | null;
  baseText: string | null;
  proposedText: string | null;
  payload: Record<string, unknown>;
  author: TPersonRef;
  isYours: boolean;
  private: boolean;
  endorsements: { count: number; by: TPersonRef[]; byYou: boolean };
  commentCount: number;
  decidedBy: TPersonRef | null;
  decidedAt: string | null;
  decisionReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TProposalComment {
  id: string;
  parentId: string | null;
  author: TPersonRef;
  body: string;
  createdAt: string;
}

/** What the control room carries per proposal: enough for the panel, the step badges and the cell markers. */
export type TProposalSummary = Omit<TProposal, 'isYours' | 'endorsements'> & { endorsements: { count: number; by: TPersonRef[] } };

export const ZBoardParams = z.strictObject({ boardId: ZId });
