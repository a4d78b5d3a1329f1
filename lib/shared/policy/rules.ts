import type { Role } from '../roles';
import { REASON } from './reasons';
import type { Decision, LaneRule, PolicyContext, Refusal } from './types';

/** One check of a rule: a refusal, or null to go on. */
type Check = (ctx: PolicyContext, lane?: LaneRule) => Refusal | null;

const no = (reason: string, code: Refusal['code'] = 'forbidden'): Refusal => ({ allowed: false, code, reason });
const runsBoard = (role: Role) => role === 'owner' || role === 'moderator';

const roles =
  (allowed: readonly Role[], reason: string): Check =>
  (ctx) =>
    allowed.includes(ctx.role) ? null : no(reason);
const notArchived: Check = (ctx) => (ctx.board.archived ? no(REASON.archived, 'conflict') : null);
const notObserver: Check = (ctx) => (ctx.role === 'observer' ? no(REASON.observer) : null);
/** Those running the board (owners, moderators) are not bound by a phase's editing rules: they run it. */
const phaseEditing: Check = (ctx) => {
  if (!ctx.phase || runsBoard(ctx.role)) return null;
  if (ctx.phase.editing === 'locked') return no(REASON.phaseLocked);
  if (ctx.phase.editing === 'propose-only') return no(REASON.phaseProposeOnly);
  return null;
};
const customerEditMode: Check = (ctx) =>
  ctx.role === 'contributor' && ctx.side === 'customer' && ctx.board.customerEditMode === 'propose' ? no(REASON.customerPropose) : null;
const firmOnly =
  (reason: string): Check =>
  (ctx) =>
    ctx.side === 'firm' ? null : no(reason);
const laneOpen: Check = (ctx, lane) => (ctx.side === 'firm' || lane?.customerWritable ? null : no(REASON.laneFirmOnly));
const proposalsOpen: Check = (ctx) => (ctx.phase?.proposals === 'closed' && !runsBoard(ctx.role) ? no(REASON.proposalsClosed) : null);
const phaseAllows =
  (key: 'voting' | 'rating', reason: string): Check =>
  (ctx) =>
    ctx.phase && !ctx.phase[key] ? no(reason) : null;

/** The `people.seeCustomerNames` rule on its own, for code that knows only the viewer's role and the board's visibility. */
export function seesCustomerNames(role: Role, visibility: PolicyContext['board']['customerVisibility']): boolean {
  return visibility === 'named' || runsBoard(role);
}

/** The `members.seeEmails` rule on its own: other people's email addresses are for those who run the board. */
export function seesEmails(role: Role): boolean {
  return runsBoard(role);
}

const ALL: readonly Role[] = ['owner', 'moderator', 'editor', 'contributor', 'observer'];
const RUNNERS: readonly Role[] = ['owner', 'moderator'];
const OWNER: readonly Role[] = ['owner'];

/** Writing the scripts directly, in the order a person would want to hear why not. */
const EDIT: Check[] = [notArchived, notObserver, customerEditMode, phaseEditing];

/**
 * The rule book: each action is the list of checks it must pass, first
 * refusal wins. A new rule is one check in one row.
 */
export const RULES = {
  'board.read': [roles(ALL, REASON.ownerOnly)],
  /** Opening the board's settings page. */
  'board.manage': [roles(RUNNERS, REASON.runnersOnly)],
  /** Name and description. */
  'board.rename': [roles(RUNNERS, REASON.runnersOnly), notArchived],
  /** Customer edit mode and visibility. */
  'board.settings': [roles(OWNER, REASON.ownerOnly), notArchived],
  /** Archiving and restoring. */
  'board.archive': [roles(OWNER, REASON.ownerOnly)],
  'board.delete': [roles(OWNER, REASON.ownerOnly)],
  'members.read': [roles(ALL, REASON.ownerOnly)],
  'members.seeEmails': [(ctx) => (seesEmails(ctx.role) ? null : no(REASON.runnersOnly))],
  'members.manage': [roles(OWNER, REASON.ownerOnly)],
  'invites.manage': [roles(RUNNERS, REASON.runnersOnly)],
  /** Steps, scripts, titles: anything but cells of a lane and the lanes themselves. */
  'content.edit': EDIT,
  'content.delete': [...EDIT, firmOnly(REASON.deleteFirmOnly)],
  /** A cell of the given lane. */
  'lane.write': [...EDIT, laneOpen],
  /** Adding, renaming, hiding, reordering lanes and who may write them. */
  'lanes.manage': [notArchived, roles(RUNNERS, REASON.lanesStaff)],
  'proposal.create': [notArchived, notObserver, proposalsOpen],
  /** Endorsing and commenting on proposals. */
  'proposal.discuss': [notArchived, notObserver],
  'proposal.decide': [(ctx) => (runsBoard(ctx.role) || (ctx.role === 'editor' && ctx.board.editorsDecideProposals) ? null : no(REASON.deciders)), notArchived],
  /** Seeing other people's proposals while a phase keeps them private. */
  'proposal.seeOthers': [(ctx) => (ctx.phase?.proposals === 'private' && !runsBoard(ctx.role) ? no('Proposals stay private until the moderator reveals them.') : null)],
  /** Seeing someone else's proposal made "hidden until reveal" before the reveal. */
  'proposal.seePrivate': [roles(RUNNERS, REASON.runnersOnly), (ctx) => (ctx.board.moderatorsSeePrivate === false ? no(REASON.privateUntilReveal) : null)],
  /** Receiving the live state addressed to moderators (proposals under review, private ideas). */
  'control.moderators': [roles(RUNNERS, REASON.runnersOnly)],
  vote: [notArchived, notObserver, phaseAllows('voting', REASON.votingClosed)],
  rate: [notArchived, notObserver, phaseAllows('rating', REASON.ratingClosed)],
  /** This person's name reaches other participants (customers on anonymous boards stay unnamed). */
  'presence.named': [(ctx) => (ctx.side === 'customer' && ctx.board.customerVisibility === 'anonymous' ? no('Customers are anonymous to each other on this board.') : null)],
  /** Seeing customers' names on an anonymous board. */
  'people.seeCustomerNames': [(ctx) => (seesCustomerNames(ctx.role, ctx.board.customerVisibility) ? null : no('Customers are anonymous on this board.'))],
} as const satisfies Record<string, readonly Check[]>;

export type Action = keyof typeof RULES;
export const ACTIONS = Object.keys(RULES) as Action[];

/** May this person do this here? With the reason a person would read when not. */
export function decide(ctx: PolicyContext, action: Action, lane?: LaneRule): Decision {
  for (const check of RULES[action] as readonly Check[]) {
    const refusal = check(ctx, lane);
    if (refusal) return refusal;
  }
  return { allowed: true };
}

export function allows(ctx: PolicyContext, action: Action, lane?: LaneRule): boolean {
  return decide(ctx, action, lane).allowed;
}
