import { eq, sql } from 'drizzle-orm';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';

/** Ends every session of a user: session JWTs carry the old version and stop working; open sockets close. */
export async function signOutEverywhere(opts: { actorId: string }): Promise<void> {
  await getDb()
    .update(t.users)
    .set({ sessionVersion: sql`${t.users.sessionVersion} + 1` })
    .where(eq(t.users.id, opts.actorId));
  getRuntime().sync?.disconnectUser(opts.actorId);
}
