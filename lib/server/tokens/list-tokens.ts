import { and, desc, eq, isNull } from 'drizzle-orm';
import type { TApiToken } from '../../shared/schemas/token';
import { getDb, t } from '../db';

/** The actor's working API tokens (names and dates only: the secret is never stored). */
export async function listTokens(opts: { actorId: string }): Promise<TApiToken[]> {
  const rows = await getDb()
    .select({ id: t.apiTokens.id, name: t.apiTokens.name, createdAt: t.apiTokens.createdAt, lastUsedAt: t.apiTokens.lastUsedAt })
    .from(t.apiTokens)
    .where(and(eq(t.apiTokens.userId, opts.actorId), isNull(t.apiTokens.revokedAt)))
    .orderBy(desc(t.apiTokens.createdAt));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  }));
}
