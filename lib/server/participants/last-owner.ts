import { and, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import type { Db } from '../db';
import { t } from '../db';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Refuses to take away the board's only owner. Locks the owner rows so two
 * owners demoting each other at once cannot leave the board without one.
 */
export async function assertNotLastOwner(tx: Tx, boardId: string, userId: string): Promise<void> {
  const owners = await tx
    .select({ userId: t.participants.userId })
    .from(t.participants)
    .where(and(eq(t.participants.boardId, boardId), eq(t.participants.role, 'owner')))
    .for('update');
  if (owners.length === 1 && owners[0]!.userId === userId) {
    throw new AppError('conflict', 'A board needs at least one owner. Make someone else an owner first.');
  }
}
