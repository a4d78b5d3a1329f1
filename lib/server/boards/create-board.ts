import { and, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { TBoardCreate } from '../../shared/schemas/board';
import type { TTemplateId } from '../../shared/templates';
import { getDb, t } from '../db';

/** Creates a board in the actor's workspace with the actor as its owner. */
export async function createBoard(opts: { actorId: string; input: Omit<TBoardCreate, 'template'> & { template?: TTemplateId }; workspaceId?: string }) {
  const db = getDb();
  const [membership] = await db
    .select()
    .from(t.workspaceMembers)
    .where(
      and(
        eq(t.workspaceMembers.userId, opts.actorId),
        opts.workspaceId ? eq(t.workspaceMembers.workspaceId, opts.workspaceId) : undefined,
      ),
    )
    .limit(1);
  if (!membership) throw new AppError('forbidden', 'Only staff of a workspace can create boards');
  return db.transaction(async (tx) => {
    const [board] = await tx
      .insert(t.boards)
      .values({
        workspaceId: membership.workspaceId,
        name: opts.input.name,
        description: opts.input.description,
        seedTemplate: !opts.input.template || opts.input.template === 'blank' ? null : opts.input.template,
        createdBy: opts.actorId,
      })
      .returning();
    await tx.insert(t.participants).values({ boardId: board!.id, userId: opts.actorId, role: 'owner', side: 'firm' });
    return board!;
  });
}
