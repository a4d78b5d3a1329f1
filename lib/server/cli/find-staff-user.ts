import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { getDb, t } from '../db';

/** The staff account with this email (any case), or a not-found error naming the email. */
export async function findStaffUser(email: string) {
  const [user] = await getDb()
    .select()
    .from(t.users)
    .where(and(eq(sql`lower(${t.users.email})`, email.toLowerCase()), eq(t.users.kind, 'staff')))
    .limit(1);
  if (!user) throw new AppError('not_found', `No staff account with the email ${email}`);
  return user;
}
