import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { startInProcessRuntime } from '../../../server/tests/helpers/in-process-runtime';
import { resolveActor } from '../auth/actor';
import { hashSecretToken } from '../auth/secret-token';
import { t } from '../db';
import { createStaffUser } from '../users/create-staff-user';
import { createApiToken } from './create-api-token';
import { listTokens } from './list-tokens';
import { revokeApiToken } from './revoke-api-token';

describe('API tokens in storage', async () => {
  const db = await startInProcessRuntime();
  const { user } = await createStaffUser({ email: 'tess@example.test', name: 'Tess', password: 'long enough password' });

  it('keeps only the hash, and finds the user by it until revoked', async () => {
    const { token, apiToken } = await createApiToken({ actorId: user.id, name: 'ci' });
    const rows = await db.select().from(t.apiTokens).where(eq(t.apiTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashSecretToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(await listTokens({ actorId: user.id }))).not.toContain(token);
    expect(await resolveActor({ authorization: `Bearer ${token}` })).toMatchObject({ userId: user.id, via: 'token' });
    await revokeApiToken({ actorId: user.id, tokenId: apiToken.id });
    expect(await resolveActor({ authorization: `Bearer ${token}` })).toBeNull();
    expect(await listTokens({ actorId: user.id })).toEqual([]);
  });
});
