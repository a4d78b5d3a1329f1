import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { ZBoardDescription, ZBoardName, ZCustomerEditMode, ZCustomerVisibility } from '../../shared/schemas/board';
import { ZRole, ZSide } from '../../shared/schemas/common';
import { getDb, t } from '../db';
import { loadRoom } from '../sync/room-storage';

// Reads Yjs state, so it runs only in the tsx-loaded process code (CLI, admin endpoint), never in Next's bundles.

/** The JSON a board export holds; `version` changes when the shape does. */
export const ZBoardExport = z.object({
  format: z.literal('coscript-board'),
  version: z.literal(1),
  exportedAt: z.string(),
  board: z.object({
    id: z.string(),
    name: ZBoardName,
    description: ZBoardDescription,
    customerEditMode: ZCustomerEditMode,
    customerVisibility: ZCustomerVisibility,
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
  }),
  participants: z.array(z.object({ email: z.string().nullable(), name: z.string(), role: ZRole, side: ZSide })),
  /** The content room's full Yjs state as one update (encoding v1), base64. */
  content: z.object({ yjsUpdate: z.base64() }),
});
export type TBoardExport = z.infer<typeof ZBoardExport>;

/** Exports a board's settings, people and content (an operator action: no actor). */
export async function exportBoard(opts: { boardId: string }): Promise<TBoardExport> {
  const db = getDb();
  const [board] = await db.select().from(t.boards).where(eq(t.boards.id, opts.boardId)).limit(1);
  if (!board) throw new AppError('not_found', `No board with id ${opts.boardId}`);
  const people = await db
    .select({ email: t.users.email, name: t.users.name, role: t.participants.role, side: t.participants.side })
    .from(t.participants)
    .innerJoin(t.users, eq(t.users.id, t.participants.userId))
    .where(eq(t.participants.boardId, board.id))
    .orderBy(asc(t.participants.createdAt));
  // Per the storage contract: the newest checkpoint merged with the updates after it.
  const { state } = await loadRoom(db, board.id, 'content');
  return {
    format: 'coscript-board',
    version: 1,
    exportedAt: new Date().toISOString(),
    board: {
      id: board.id,
      name: board.name,
      description: board.description,
      customerEditMode: board.customerEditMode,
      customerVisibility: board.customerVisibility,
      archivedAt: board.archivedAt?.toISOString() ?? null,
      createdAt: board.createdAt.toISOString(),
    },
    participants: people,
    content: { yjsUpdate: Buffer.from(state).toString('base64') },
  };
}
