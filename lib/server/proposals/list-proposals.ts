import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { TProposal, TProposalQuery } from '../../shared/schemas/proposal';
import type { Actor } from '../auth/actor';
import { getDb, t } from '../db';
import { endorsersOf, peopleFor, presentProposal } from './present-proposal';
import { requireProposalAccess } from './proposal-access';

/**
 * A page of a board's proposals, newest or most endorsed first, filtered;
 * the cursor is the last row's sort key, so pages stay stable while new
 * proposals arrive.
 */
export async function listProposals(opts: { actor: Actor; boardId: string; query: TProposalQuery }): Promise<{ proposals: TProposal[]; nextCursor: string | null }> {
  const access = await requireProposalAccess(opts.actor, opts.boardId, 'board.read');
  const q = opts.query;
  const p = t.proposals;
  const where: SQL[] = [eq(p.boardId, access.board.id)];
  if (!access.seesPrivate) where.push(or(eq(p.hidden, false), eq(p.authorId, opts.actor.userId))!);
  if (q.status) where.push(eq(p.status, q.status));
  if (q.author) where.push(eq(p.authorId, q.author));
  if (q.script) where.push(eq(p.scriptId, q.script));
  if (q.step) where.push(eq(p.stepId, q.step));
  if (q.side) {
    where.push(sql`exists (select 1 from ${t.participants} where ${t.participants.boardId} = ${p.boardId} and ${t.participants.userId} = ${p.authorId} and ${t.participants.side} = ${q.side})`);
  }
  const endorsed = q.sort === 'endorsed';
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    // The last row's own timestamp, read back: the database keeps microseconds that a JS Date would lose.
    const at = sql`(select ${t.proposals.createdAt} from ${t.proposals} where ${t.proposals.id} = ${c.id})`;
    where.push(endorsed ? sql`(${p.endorsementCount}, ${p.createdAt}, ${p.id}) < (${c.n}, ${at}, ${c.id})` : sql`(${p.createdAt}, ${p.id}) < (${at}, ${c.id})`);
  }
  const rows = await getDb()
    .select()
    .from(p)
    .where(and(...where))
    .orderBy(...(endorsed ? [desc(p.endorsementCount)] : []), desc(p.createdAt), desc(p.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const [people, endorsers] = await Promise.all([peopleFor(access.board, access.viewer), endorsersOf(page.map((r) => r.id))]);
  return {
    proposals: page.map((r) => presentProposal(r, people, endorsers.get(r.id) ?? [], opts.actor.userId)),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ n: last.endorsementCount, id: last.id }) : null,
  };
}

/** The last row of a page: its endorsement count when the page was read, and its id. */
interface Cursor {
  n: number;
  id: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (Number.isInteger(c.n) && typeof c.id === 'string' && c.id.length <= 64) return c;
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('invalid_input', 'The cursor is not valid', { cursor: ['Use the nextCursor of a previous page'] });
}
