import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { getDb, t } from '../db';

/** Revokes one of the actor's own API tokens; it stops working on the next request. */
export async function revokeApiToken(opts: { actorId: string; tokenId: string }): Promise<void> {
  const revoked = await getDb()
    .update(t.apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(t.apiTokens.id, opts.tokenId), eq(t.apiTokens.userId, opts.actorId), isNull(t.apiTokens.revokedAt)))
    .returning({ id: t.apiTokens.id });
  if (!revoked.length) throw new AppError('not_found', 'No such token');
}
