import fs from 'node:fs';
import { z } from 'zod';
import { ZPassword } from '../../shared/schemas/auth';
import { ZDisplayName, ZEmail, ZId } from '../../shared/schemas/common';
import { ZBoardName } from '../../shared/schemas/board';
import { TEMPLATE_IDS, ZTemplateId } from '../../shared/templates';
import { createBoard } from '../boards/create-board';
import { exportBoard, ZBoardExport } from '../boards/export-board';
import { boardCheck } from './board-check';
import { importBoard } from '../boards/import-board';
import { listBoardProposals } from '../proposals/list-board-proposals';
import { PROPOSAL_STATUSES } from '../../shared/schemas/proposal';
import { createApiToken } from '../tokens/create-api-token';
import { createStaffUser } from '../users/create-staff-user';
import { resetPassword } from '../users/reset-password';
import { findStaffUser } from './find-staff-user';
import { defineCommand, UsageError, type CliCommand } from './parse-args';

export const ABOUT = [
  'Operator commands for Coscript. They work on the configured database (DATABASE_URL, or the',
  'embedded one in DATA_DIR) whether or not the server runs: with the embedded database and a',
  'running server, the command is sent to that server, which runs it.',
].join('\n');

/** Looks up an existing account, so any spelling is worth a lookup (sign-up already checked the format). */
const ZAccountEmail = z.string().trim().min(1).max(254);

const migrate = defineCommand({
  words: ['migrate'],
  summary: 'Apply pending database migrations',
  options: [],
  examples: ['npx coscript migrate'],
  schema: z.object({}),
  // Opening the database applies pending migrations, so by now there is nothing left to do.
  run: async () => ({ stdout: 'The database schema is up to date.\n' }),
});

const userCreate = defineCommand({
  words: ['user', 'create'],
  summary: 'Create a staff user with a workspace of their own; prints the new user id',
  options: [
    { name: 'email', value: 'EMAIL', description: 'Email to sign in with', required: true },
    { name: 'password', value: 'PASSWORD', description: 'Password (at least 10 characters)', required: true },
    { name: 'name', value: 'NAME', description: 'Display name (default: the part of the email before @)' },
  ],
  examples: ["npx coscript user create --email ada@example.com --password 'correct horse battery' --name Ada"],
  schema: z.object({ email: ZEmail, password: ZPassword, name: ZDisplayName.optional() }),
  run: async ({ email, password, name }) => {
    const { user } = await createStaffUser({ email, password, name: name ?? email.split('@')[0]! });
    return { stdout: `${user.id}\n`, stderr: `Created staff user ${user.email} with a workspace of their own.\n` };
  },
});

const userResetPassword = defineCommand({
  words: ['user', 'reset-password'],
  summary: "Set a staff user's password and sign out all their sessions",
  options: [
    { name: 'email', value: 'EMAIL', description: 'The account', required: true },
    { name: 'password', value: 'PASSWORD', description: 'The new password (at least 10 characters)', required: true },
  ],
  examples: ["npx coscript user reset-password --email ada@example.com --password 'a brand new secret'"],
  schema: z.object({ email: ZAccountEmail, password: ZPassword }),
  run: async ({ email, password }) => {
    const user = await findStaffUser(email);
    await resetPassword({ userId: user.id, password });
    return { stdout: `Password reset for ${user.email}; their sessions are signed out and their API tokens revoked.\n` };
  },
});

const tokenCreate = defineCommand({
  words: ['token', 'create'],
  summary: 'Create a personal API token for a staff user; prints the token alone',
  description: 'The token is shown only once. Use it as `Authorization: Bearer <token>`.',
  options: [
    { name: 'email', value: 'EMAIL', description: 'The staff user the token acts as', required: true },
    { name: 'name', value: 'NAME', description: 'A label to recognise the token by (default: CLI)' },
  ],
  examples: ['TOKEN=$(npx coscript token create --email ada@example.com --name deploy-script)'],
  schema: z.object({ email: ZAccountEmail, name: z.string().trim().min(1).max(80).default('CLI') }),
  run: async ({ email, name }) => {
    const user = await findStaffUser(email);
    const { token } = await createApiToken({ actorId: user.id, name });
    return { stdout: `${token}\n` };
  },
});

const boardExport = defineCommand({
  words: ['board', 'export'],
  summary: 'Export a board (settings, participants, content) as JSON',
  options: [
    { name: 'board', value: 'ID', description: 'The board id', required: true },
    { name: 'out', value: 'FILE', description: 'Write to FILE instead of stdout' },
  ],
  examples: ['npx coscript board export --board 0b7f…-… --out board.json'],
  schema: z.object({ board: ZId, out: z.string().min(1).optional() }),
  run: async ({ board, out }) => {
    const json = `${JSON.stringify(await exportBoard({ boardId: board }), null, 2)}\n`;
    if (!out) return { stdout: json };
    fs.writeFileSync(out, json);
    return { stdout: `Exported board ${board} to ${out}\n` };
  },
});

const boardImport = defineCommand({
  words: ['board', 'import'],
  summary: "Create a new board from an export, owned by a staff user; prints the new board's id",
  description: 'The new board gets a new id, the exported name, settings and content, and the owner as its only participant.',
  options: [
    { name: 'file', value: 'FILE', description: 'The export to read, or - for stdin', required: true },
    { name: 'owner-email', value: 'EMAIL', description: 'The staff user who owns the new board', required: true },
  ],
  examples: ['npx coscript board import --file board.json --owner-email ada@example.com'],
  schema: z.object({ file: z.string().min(1), 'owner-email': ZAccountEmail }),
  run: async ({ file, 'owner-email': ownerEmail }, io) => {
    const owner = await findStaffUser(ownerEmail);
    const board = await importBoard({ actorId: owner.id, data: readExport(file, io.stdin) });
    return { stdout: `${board.id}\n` };
  },
});

const boardCreate = defineCommand({
  words: ['board', 'create'],
  summary: "Create a board owned by a staff user, optionally from a template; prints the new board's id",
  options: [
    { name: 'name', value: 'NAME', description: 'The board name', required: true },
    { name: 'owner-email', value: 'EMAIL', description: 'The staff user who owns the new board', required: true },
    { name: 'template', value: 'ID', description: `Starting content: ${TEMPLATE_IDS.join(', ')} (default: blank)` },
  ],
  examples: ['npx coscript board create --name "Hospital visit" --owner-email ada@example.com --template hospital-outpatient'],
  schema: z.object({ name: ZBoardName, 'owner-email': ZAccountEmail, template: ZTemplateId.default('blank') }),
  run: async ({ name, 'owner-email': ownerEmail, template }) => {
    const owner = await findStaffUser(ownerEmail);
    const board = await createBoard({ actorId: owner.id, input: { name, description: '', template } });
    return { stdout: `${board.id}\n` };
  },
});

function readExport(file: string, stdin: string | undefined) {
  let text: string;
  if (file === '-') {
    if (stdin === undefined) throw new UsageError('--file -: nothing was given on stdin');
    text = stdin;
  } else {
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`--file: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError('--file: not JSON; expected the output of `coscript board export`');
  }
  const header = (json ?? {}) as { format?: unknown; version?: unknown };
  if (header.format !== 'coscript-board') throw new UsageError('--file: not a Coscript board export (the output of `coscript board export`)');
  if (header.version !== 1) throw new UsageError(`--file: export version ${String(header.version)} is not supported (this Coscript reads version 1)`);
  const parsed = ZBoardExport.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new UsageError(`--file: the export is not valid: ${where}`);
  }
  return parsed.data;
}

const proposalList = defineCommand({
  words: ['proposal', 'list'],
  summary: "List a board's proposals, newest first (tab-separated: id, status, kind, author, endorsements, title)",
  options: [
    { name: 'board', value: 'ID', description: 'The board id', required: true },
    { name: 'status', value: 'STATUS', description: `Only this status: ${PROPOSAL_STATUSES.join(', ')}` },
    { name: 'format', value: 'tsv|json', description: 'Output format (default: tsv)' },
  ],
  examples: ['npx coscript proposal list --board 0b7f…-… --status open'],
  schema: z.object({ board: ZId, status: z.enum(PROPOSAL_STATUSES).optional(), format: z.enum(['tsv', 'json']).default('tsv') }),
  run: async ({ board, status, format }) => {
    const rows = await listBoardProposals({ boardId: board, status });
    if (format === 'json') return { stdout: `${JSON.stringify(rows, null, 2)}\n` };
    const line = (r: (typeof rows)[number]) => [r.id, r.status + (r.private ? ' (private)' : ''), r.kind, r.author, r.endorsements, r.title || (r.proposedText ?? '').slice(0, 60)].join('\t');
    return { stdout: rows.map((r) => `${line(r)}\n`).join(''), stderr: rows.length ? undefined : 'No proposals.\n' };
  },
});

export const COMMANDS: readonly CliCommand[] = [migrate, userCreate, userResetPassword, tokenCreate, boardCreate, boardExport, boardImport, boardCheck, proposalList];
