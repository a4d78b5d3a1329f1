import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { t } from '../db';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Ends every way a user is signed in: all sessions (the version bump also voids JWTs minted before
 * sessions were stored) and all personal API tokens, which would otherwise outlive a stolen password.
 * The caller closes the user's sockets once the transaction commits.
 */
export async function revokeCredentials(tx: Db | Tx, userId: string): Promise<void> {
  await tx.update(t.users).set({ sessionVersion: sql`${t.users.sessionVersion} + 1` }).where(eq(t.users.id, userId));
  await tx.delete(t.sessions).where(eq(t.sessions.userId, userId));
  await tx.update(t.apiTokens).set({ revokedAt: new Date() }).where(and(eq(t.apiTokens.userId, userId), isNull(t.apiTokens.revokedAt)));
}
