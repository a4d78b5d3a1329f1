import { sql } from 'drizzle-orm';
import {
  bigint,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { CUSTOMER_EDIT_MODES, CUSTOMER_VISIBILITIES } from '../../shared/policy/types';
import { ROLES, SIDES } from '../../shared/roles';

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
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.room, t.seq] })],
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
