import type { TApiToken } from '../../shared/schemas/token';
import { createSecretToken, hashSecretToken } from '../auth/secret-token';
import { getDb, t } from '../db';

/** Creates a personal API token; the plain token is returned once and only its hash is stored. */
export async function createApiToken(opts: { actorId: string; name: string }): Promise<{ token: string; apiToken: TApiToken }> {
  const token = createSecretToken('cs_pat');
  const [row] = await getDb()
    .insert(t.apiTokens)
    .values({ userId: opts.actorId, name: opts.name, tokenHash: hashSecretToken(token) })
    .returning();
  return {
    token,
    apiToken: { id: row!.id, name: row!.name, createdAt: row!.createdAt.toISOString(), lastUsedAt: null },
  };
}
