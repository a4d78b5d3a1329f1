import { describe, expect, it } from 'vitest';
import { ROLES, SIDES, type Role, type Side } from '../roles';
import { ACTIONS, cellLanesFor, invitableRoles, CUSTOMER_EDIT_MODES, CUSTOMER_VISIBILITIES, decide, PHASE_EDITING, PHASE_PROPOSALS, REASON, type Action, type PhaseRules, type PolicyContext } from '.';

/** One point of the matrix: who, where, which lane, which phase. */
interface Case {
  role: Role;
  side: Side;
  mode: (typeof CUSTOMER_EDIT_MODES)[number];
  visibility: (typeof CUSTOMER_VISIBILITIES)[number];
  archived: boolean;
  editorsDecide: boolean;
  moderatorsSeePrivate: boolean;
  lane: 'firm-only' | 'customer-writable';
  phase: PhaseRules | null;
}

const phases: Array<PhaseRules | null> = [null];
for (const editing of PHASE_EDITING)
  for (const proposals of PHASE_PROPOSALS) for (const voting of [true, false]) for (const rating of [true, false]) phases.push({ editing, proposals, voting, rating });

const cases: Case[] = [];
for (const role of ROLES)
  for (const side of SIDES)
    for (const mode of CUSTOMER_EDIT_MODES)
      for (const visibility of CUSTOMER_VISIBILITIES)
        for (const archived of [false, true])
          for (const [editorsDecide, moderatorsSeePrivate] of [[false, true], [true, true], [false, false]] as const)
            for (const lane of ['firm-only', 'customer-writable'] as const)
              for (const phase of phases) cases.push({ role, side, mode, visibility, archived, editorsDecide, moderatorsSeePrivate, lane, phase });

const runs = (c: Case) => c.role === 'owner' || c.role === 'moderator';
const editBlocked = (c: Case) => c.archived || c.role === 'observer' || (c.role === 'contributor' && c.side === 'customer' && c.mode === 'propose') || (!!c.phase && !runs(c) && c.phase.editing !== 'open');

/**
 * The expected answers. For each action the first row whose `when` holds
 * decides; a row without `reason` means allowed. A new rule is one row.
 */
type Row = { when: (c: Case) => boolean; reason?: string; code?: 'forbidden' | 'conflict' };
const always = () => true;
const EXPECT: Record<Action, Row[]> = {
  'board.read': [{ when: always }],
  'board.manage': [{ when: (c) => !runs(c), reason: REASON.runnersOnly }, { when: always }],
  'board.rename': [{ when: (c) => !runs(c), reason: REASON.runnersOnly }, { when: (c) => c.archived, reason: REASON.archived, code: 'conflict' }, { when: always }],
  'board.settings': [{ when: (c) => c.role !== 'owner', reason: REASON.ownerOnly }, { when: (c) => c.archived, reason: REASON.archived, code: 'conflict' }, { when: always }],
  'board.archive': [{ when: (c) => c.role !== 'owner', reason: REASON.ownerOnly }, { when: always }],
  'board.delete': [{ when: (c) => c.role !== 'owner', reason: REASON.ownerOnly }, { when: always }],
  'members.read': [{ when: always }],
  'members.seeEmails': [{ when: (c) => !runs(c), reason: REASON.runnersOnly }, { when: always }],
  'members.manage': [{ when: (c) => c.role !== 'owner', reason: REASON.ownerOnly }, { when: always }],
  'invites.manage': [{ when: (c) => !runs(c), reason: REASON.runnersOnly }, { when: always }],
  'content.edit': [
    { when: (c) => c.archived, reason: REASON.archived, code: 'conflict' },
    { when: (c) => c.role === 'observer', reason: REASON.observer },
    { when: (c) => c.role === 'contributor' && c.side === 'customer' && c.mode === 'propose', reason: REASON.customerPropose },
    { when: (c) => !runs(c) && c.phase?.editing === 'locked', reason: REASON.phaseLocked },
    { when: (c) => !runs(c) && c.phase?.editing === 'propose-only', reason: REASON.phaseProposeOnly },
    { when: always },
  ],
  'content.delete': [{ when: editBlocked, reason: 'as content.edit' }, { when: (c) => c.side === 'customer', reason: REASON.deleteFirmOnly }, { when: always }],
  'lane.write': [{ when: editBlocked, reason: 'as content.edit' }, { when: (c) => c.side === 'customer' && c.lane === 'firm-only', reason: REASON.laneFirmOnly }, { when: always }],
  'lanes.manage': [{ when: (c) => c.archived, reason: REASON.archived, code: 'conflict' }, { when: (c) => !runs(c), reason: REASON.lanesStaff }, { when: always }],
  'proposal.create': [
    { when: (c) => c.archived, reason: REASON.archived, code: 'conflict' },
    { when: (c) => c.role === 'observer', reason: REASON.observer },
    { when: (c) => !runs(c) && c.phase?.proposals === 'closed', reason: REASON.proposalsClosed },
    { when: always },
  ],
  'proposal.discuss': [{ when: (c) => c.archived, reason: REASON.archived, code: 'conflict' }, { when: (c) => c.role === 'observer', reason: REASON.observer }, { when: always }],
  'proposal.decide': [{ when: (c) => !runs(c) && !(c.role === 'editor' && c.editorsDecide), reason: REASON.deciders }, { when: (c) => c.archived, reason: REASON.archived, code: 'conflict' }, { when: always }],
  'proposal.seeOthers': [{ when: (c) => !runs(c) && c.phase?.proposals === 'private', reason: 'Proposals stay private until the moderator reveals them.' }, { when: always }],
  'proposal.seePrivate': [{ when: (c) => !runs(c), reason: REASON.runnersOnly }, { when: (c) => !c.moderatorsSeePrivate, reason: REASON.privateUntilReveal }, { when: always }],
  'control.moderators': [{ when: (c) => !runs(c), reason: REASON.runnersOnly }, { when: always }],
  vote: [
    { when: (c) => c.archived, reason: REASON.archived, code: 'conflict' },
    { when: (c) => c.role === 'observer', reason: REASON.observer },
    { when: (c) => c.phase?.voting === false, reason: REASON.votingClosed },
    { when: always },
  ],
  rate: [
    { when: (c) => c.archived, reason: REASON.archived, code: 'conflict' },
    { when: (c) => c.role === 'observer', reason: REASON.observer },
    { when: (c) => c.phase?.rating === false, reason: REASON.ratingClosed },
    { when: always },
  ],
  'presence.named': [{ when: (c) => c.side === 'customer' && c.visibility === 'anonymous', reason: 'Customers are anonymous to each other on this board.' }, { when: always }],
  'people.seeCustomerNames': [{ when: (c) => c.visibility === 'anonymous' && !runs(c), reason: 'Customers are anonymous on this board.' }, { when: always }],
};

const contextOf = (c: Case): PolicyContext => ({
  role: c.role,
  side: c.side,
  board: { customerEditMode: c.mode, customerVisibility: c.visibility, archived: c.archived, editorsDecideProposals: c.editorsDecide, moderatorsSeePrivate: c.moderatorsSeePrivate },
  phase: c.phase,
});

describe('the rule book', () => {
  it(`answers the whole matrix (${cases.length} situations × ${ACTIONS.length} actions) as the table says`, () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const ctx = contextOf(c);
      const lane = { customerWritable: c.lane === 'customer-writable' };
      for (const action of ACTIONS) {
        const row = EXPECT[action].find((r) => r.when(c))!;
        const got = decide(ctx, action, lane);
        const delegated = row.reason === 'as content.edit' ? decide(ctx, 'content.edit') : null;
        const ok = delegated
          ? !got.allowed && !delegated.allowed && got.reason === delegated.reason
          : row.reason
            ? !got.allowed && got.reason === row.reason && got.code === (row.code ?? 'forbidden')
            : got.allowed;
        if (!ok && wrong.length < 20) wrong.push(`${action} ${JSON.stringify(c)} → ${JSON.stringify(got)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has a row for every action', () => {
    expect(Object.keys(EXPECT).sort()).toEqual([...ACTIONS].sort());
  });
});

describe('the lanes a new step gets cells in', () => {
  const lanes = [
    { id: 'a', customerWritable: true },
    { id: 'b', customerWritable: false },
  ];
  const board = { customerEditMode: 'direct', customerVisibility: 'named', archived: false } as const;
  it('gives customers cells only in lanes open to them, and the firm every lane', () => {
    expect(cellLanesFor({ role: 'contributor', side: 'customer', board }, lanes)).toEqual(['a']);
    expect(cellLanesFor({ role: 'editor', side: 'firm', board }, lanes)).toBeUndefined();
  });
});

describe('who an invite may make what', () => {
  it('lets owners hand out every role, and moderators never make a customer an editor (the board setting is the owner\'s)', () => {
    expect(invitableRoles('owner', 'customer')).toEqual(['owner', 'moderator', 'editor', 'contributor', 'observer']);
    expect(invitableRoles('moderator', 'firm')).toEqual(['editor', 'contributor', 'observer']);
    expect(invitableRoles('moderator', 'customer')).toEqual(['contributor', 'observer']);
    for (const role of ['editor', 'contributor', 'observer'] as const) expect(invitableRoles(role, 'firm')).toEqual([]);
  });
});
