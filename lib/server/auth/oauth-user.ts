import { and, eq, sql } from 'drizzle-orm';
import { getDb, t } from '../db';
import { createStaffUser } from '../users/create-staff-user';

/** OAuth sign-ins map to the staff account with the same email, creating one (and its workspace) on first use. */
export async function findOrCreateOAuthUser(opts: { email: string; name: string }) {
  const email = opts.email.toLowerCase();
  const [existing] = await getDb().select().from(t.users).where(and(eq(sql`lower(${t.users.email})`, email), eq(t.users.kind, 'staff'))).limit(1);
  if (existing) return existing;
  return (await createStaffUser({ email, name: opts.name })).user;
}
