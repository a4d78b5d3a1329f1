import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { CUSTOMER_EDIT_MODES, CUSTOMER_VISIBILITIES } from '../../shared/policy/types';
import { ROLES, SIDES } from '../../shared/roles';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../../shared/schemas/proposal';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer)),
});

const id = () => text('id').primaryKey().$defaultFn(() => crypto.randomUUID());
const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const workspaces = pgTable('workspaces', {
  id: id(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

/** Staff have an email and a password (or OAuth); guests exist only through a board invite. */
export const users = pgTable(
  'users',
  {
    id: id(),
    kind: text('kind', { enum: ['staff', 'guest'] }).notNull(),
    email: text('email'),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    // Bumped by "sign out everywhere" and password resets; JWTs carry the value they were minted with.
    sessionVersion: integer('session_version').notNull().default(0),
    // What a guest typed at invite acceptance: unverified, so contact data only, never a login identity.
    contactEmail: text('contact_email'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`)],
);

/** One row per signed-in browser; the session JWT names its row (`sid`), and a missing row ends it. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const workspaceMembers = pgTable(
  'workspace_members',
  {
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['admin', 'member'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), index('workspace_members_user').on(t.userId)],
);

export const boards = pgTable(
  'boards',
  {
    id: id(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    customerEditMode: text('customer_edit_mode', { enum: CUSTOMER_EDIT_MODES }).notNull().default('direct'),
    customerVisibility: text('customer_visibility', { enum: CUSTOMER_VISIBILITIES }).notNull().default('named'),
    /** Editors decide proposals too (owners and moderators always do). */
    editorsDecideProposals: boolean('editors_decide_proposals').notNull().default(false),
    /** Owners and moderators see private proposals before the reveal (off: nobody but their author does). */
    moderatorsSeePrivate: boolean('moderators_see_private').notNull().default(true),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
    /** The template the content room is seeded from when it is first opened (null: blank). */
    seedTemplate: text('seed_template'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('boards_workspace').on(t.workspaceId)],
);

export const participants = pgTable(
  'participants',
  {
    boardId: text('board_id').notNull().references(() => boards.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    side: text('side', { enum: SIDES }).notNull(),
    lastVisitedAt: timestamp('last_visited_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.userId] }), index('participants_user').on(t.userId)],
);

/** Board invites (boardId set) and staff invites to a workspace (boardId null). Only the token's hash is kept. */
export const invites = pgTable(
  'invites',
  {
    id: id(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    boardId: text('board_id').references(() => boards.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    role: text('role', { enum: ROLES }),
    side: text('side', { enum: SIDES }),
    label: text('label').notNull().default(''),
    email: text('email'),
    maxUses: integer('max_uses'),
    uses: integer('uses').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invites_token_hash').on(t.tokenHash), index('invites_board').on(t.boardId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('api_tokens_hash').on(t.tokenHash), index('api_tokens_user').on(t.userId)],
);

/**
 * Append-only log of Yjs updates per board and room. The author is the
 * authenticated user of the connection that sent the update, never a claim
 * from the client; a change the server made on someone's behalf names them
 * as author and, for an accepted proposal, who accepted it.
 */
export const boardUpdates = pgTable(
  'board_updates',
  {
    boardId: text('board_id').notNull().references(() => boards.id, { onDelete: 'cascade' }),
    room: text('room').$type<'content' | 'control' | `control:${string}`>().notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    authorId: text('author_id'),
    sessionId: text('session_id'),
    acceptedBy: text('accepted_by'),
    proposalId: text('proposal_id'),
    /**
     * Scale-out: the id the receiving process gave the update. Another
     * process that applied it may store it too (when the origin's commit is
     * not confirmed in time); this key keeps it stored once.
     */
    originId: bytea('origin_id'),
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.room, t.seq] }), uniqueIndex('board_updates_origin_id').on(t.originId)],
);

/** Full document state at a sequence number: loading = newest checkpoint + the log after it. */
export const boardCheckpoints = pgTable(
  'board_checkpoints',
  {
    boardId: text('board_id').notNull().references(() => boards.id, { onDelete: 'cascade' }),
    room: text('room').$type<'content' | 'control' | `control:${string}`>().notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    data: bytea('data').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.room, t.seq] })],
);

/** Which user owns a Yjs clientID on a board: the first connection that used it. */
export const yjsClients = pgTable(
  'yjs_clients',
  {
    boardId: text('board_id').notNull().references(() => boards.id, { onDelete: 'cascade' }),
    clientId: bigint('client_id', { mode: 'number' }).notNull(),
    userId: text('user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.clientId] })],
);

/**
 * Suggested changes to a board, and the ledger of who contributed what: a
 * decided proposal stays, with who decided, when and why. Targets are ids in
 * the board's Yjs document (script, step, lane), not foreign keys.
 */
export const proposals = pgTable(
  'proposals',
  {
    id: id(),
    boardId: text('board_id').notNull().references(() => boards.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: PROPOSAL_KINDS }).notNull(),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('open'),
    scriptId: text('script_id'),
    stepId: text('step_id'),
    laneId: text('lane_id'),
    /** The cell's text the proposal was made against (cell changes). */
    baseText: text('base_text'),
    proposedText: text('proposed_text'),
    /** The structural kinds' parameters (index, cells, script title). */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    title: text('title').notNull().default(''),
    rationale: text('rationale').notNull().default(''),
    authorId: text('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** Private until a moderator reveals it. */
    hidden: boolean('hidden').notNull().default(false),
    endorsementCount: integer('endorsement_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    /** Why it was rejected, or why it went stale. */
    decisionReason: text('decision_reason'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('proposals_board_created').on(t.boardId, t.createdAt, t.id),
    index('proposals_board_endorsed').on(t.boardId, t.endorsementCount, t.createdAt, t.id),
    index('proposals_board_cell').on(t.boardId, t.stepId, t.laneId),
  ],
);

export const proposalEndorsements = pgTable(
  'proposal_endorsements',
  {
    proposalId: text('proposal_id').notNull().references(() => proposals.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.userId] })],
);

export const proposalComments = pgTable(
  'proposal_comments',
  {
    id: id(),
    proposalId: text('proposal_id').notNull().references(() => proposals.id, { onDelete: 'cascade' }),
    parentId: text('parent_id'),
    authorId: text('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('proposal_comments_proposal').on(t.proposalId, t.createdAt)],
);

/**
 * Every decision on a proposal, in order (history is never rewritten: an
 * undo is a decision too). `inverse` is the board change that undoes an
 * applied accept.
 */
export const proposalDecisions = pgTable(
  'proposal_decisions',
  {
    id: id(),
    proposalId: text('proposal_id').notNull().references(() => proposals.id, { onDelete: 'cascade' }),
    action: text('action', { enum: ['accept', 'reject', 'reopen', 'undo', 'supersede', 'stale', 'withdraw', 'reveal'] }).notNull(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    fromStatus: text('from_status', { enum: PROPOSAL_STATUSES }).notNull(),
    reason: text('reason'),
    inverse: jsonb('inverse').$type<unknown[]>(),
    createdAt: createdAt(),
  },
  (t) => [index('proposal_decisions_proposal').on(t.proposalId, t.createdAt)],
);
