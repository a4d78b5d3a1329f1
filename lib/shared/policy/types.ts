import type { Role, Side } from '../roles';

export const CUSTOMER_EDIT_MODES = ['direct', 'propose'] as const;
export type CustomerEditMode = (typeof CUSTOMER_EDIT_MODES)[number];

export const CUSTOMER_VISIBILITIES = ['named', 'anonymous'] as const;
export type CustomerVisibility = (typeof CUSTOMER_VISIBILITIES)[number];

/** The board's own settings, as stored. */
export interface BoardRules {
  customerEditMode: CustomerEditMode;
  customerVisibility: CustomerVisibility;
  archived: boolean;
  /** Editors decide proposals too (absent: no). */
  editorsDecideProposals?: boolean;
  /** Those running the board see private proposals before the reveal (absent: yes). */
  moderatorsSeePrivate?: boolean;
}

export const PHASE_EDITING = ['open', 'locked', 'propose-only'] as const;
export const PHASE_PROPOSALS = ['open', 'closed', 'private'] as const;

/** The rules of a running session phase (null when no session runs). */
export interface PhaseRules {
  /** open: as the board says · locked: nobody but those running the session edits · propose-only: changes go through proposals. */
  editing: (typeof PHASE_EDITING)[number];
  /** private: contributions stay with their author (and the moderators) until revealed. */
  proposals: (typeof PHASE_PROPOSALS)[number];
  voting: boolean;
  rating: boolean;
}

/** Everything the rule book needs to answer for one person on one board, as plain data. */
export interface PolicyContext {
  role: Role;
  side: Side;
  board: BoardRules;
  phase?: PhaseRules | null;
}

/** A lane as the rules see it. */
export interface LaneRule {
  customerWritable: boolean;
}

/** `conflict`: the board's state (archived) refuses it, not the person's role. */
export type Refusal = { allowed: false; code: 'forbidden' | 'conflict'; reason: string };
export type Decision = { allowed: true } | Refusal;
