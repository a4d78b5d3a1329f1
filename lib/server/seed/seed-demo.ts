import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import { getDb, t } from '../db';
import { createStaffUser } from '../users/create-staff-user';
import { createBoard } from '../boards/create-board';

export const DEMO_EMAIL = 'demo@coscript.local';

/** On an empty database: a demo workspace, its owner and one board. Returns the new password, or null if nothing was seeded. */
export async function seedDemo(): Promise<{ email: string; password: string; boardId: string } | null> {
  const [row] = await getDb().select({ n: count() }).from(t.users);
  if ((row?.n ?? 0) > 0) return null;
  const password = randomBytes(9).toString('base64url');
  const { user } = await createStaffUser({ email: DEMO_EMAIL, name: 'Demo Owner', password, workspaceName: 'Demo Café' });
  const board = await createBoard({
    actorId: user.id,
    input: {
      name: 'Ordering at the counter',
      description: 'How a customer orders and receives a drink at our café counter, designed with our regulars.',
      // A finished worked example, so a newcomer sees what a script looks like before writing one.
      template: 'cafe-order',
    },
  });
  return { email: DEMO_EMAIL, password, boardId: board.id };
}
