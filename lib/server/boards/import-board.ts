import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { AppError } from '../../shared/errors';
import { getDb, t } from '../db';
import type { TBoardExport } from './export-board';

// Uses yjs, so it runs only in the tsx-loaded process code (CLI, admin endpoint), never in Next's bundles.

/**
 * Creates a new board (new id) from an export in the actor's workspace, with the actor
 * as its only participant (owner). The exported content becomes update 1 of the content
 * room, authored by the actor, who also owns every Yjs clientID in it so nobody can
 * later write under those ids.
 */
export async function importBoard(opts: { actorId: string; data: TBoardExport }) {
  const update = decodeContent(opts.data.content.yjsUpdate);
  const clientIds = [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)).keys()];
  const db = getDb();
  const [membership] = await db.select().from(t.workspaceMembers).where(eq(t.workspaceMembers.userId, opts.actorId)).limit(1);
  if (!membership) throw new AppError('forbidden', 'Only staff of a workspace can own an imported board');
  const { board: source } = opts.data;
  return db.transaction(async (tx) => {
    const [board] = await tx
      .insert(t.boards)
      .values({
        workspaceId: membership.workspaceId,
        name: source.name,
        description: source.description,
        customerEditMode: source.customerEditMode,
        customerVisibility: source.customerVisibility,
        createdBy: opts.actorId,
      })
      .returning();
    const boardId = board!.id;
    await tx.insert(t.participants).values({ boardId, userId: opts.actorId, role: 'owner', side: 'firm' });
    // Empty content writes nothing, so the board is seeded like any new board when first opened.
    if (clientIds.length) {
      await tx
        .insert(t.boardUpdates)
        .values({ boardId, room: 'content', seq: 1, authorId: opts.actorId, size: update.length, data: Buffer.from(update) });
      await tx.insert(t.yjsClients).values(clientIds.map((clientId) => ({ boardId, clientId, userId: opts.actorId })));
    }
    return board!;
  });
}

/** The update as a document holds it; refuses bytes that are not a complete Yjs update. */
function decodeContent(base64: string): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, Buffer.from(base64, 'base64'));
  } catch {
    throw new AppError('bad_request', 'The board content is not a valid Yjs update');
  }
  if (doc.store.pendingStructs || doc.store.pendingDs) {
    throw new AppError('bad_request', 'The board content is incomplete (it depends on updates that are missing)');
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
