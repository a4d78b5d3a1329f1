import { and, eq, inArray, lt } from 'drizzle-orm';
import { batchPerTurn } from '../batch-per-turn';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';

const TOUCH_EVERY_MS = 60_000;

/**
 * Opens a server-side session for a sign-in; its id goes into the session JWT as `sid`. The user's
 * sessions that went idle (browsers never signed out of) are cleared out on the way.
 */
export async function startSession(userId: string): Promise<string> {
  const idleSince = new Date(Date.now() - getRuntime().config.SESSION_IDLE_MINUTES * 60_000);
  const db = getDb();
  await db.delete(t.sessions).where(and(eq(t.sessions.userId, userId), lt(t.sessions.lastSeenAt, idleSince)));
  const [row] = await db.insert(t.sessions).values({ userId }).returning({ id: t.sessions.id });
  return row!.id;
}

/** Ends one session (a sign-out): its cookie stops working here and on every node, and its sockets close. */
export async function endSession(sessionId: string): Promise<void> {
  const [row] = await getDb().delete(t.sessions).where(eq(t.sessions.id, sessionId)).returning({ userId: t.sessions.userId });
  if (row) getRuntime().sync?.disconnectUser(row.userId, sessionId);
}

const sessionRows = batchPerTurn(
  async (ids: string[]) => {
    const rows = await getDb().select().from(t.sessions).where(inArray(t.sessions.id, ids));
    return new Map(rows.map((r) => [r.id, r]));
  },
  (id) => id,
);

/**
 * Whether the session still runs: not signed out, and used within `SESSION_IDLE_MINUTES`.
 * Use is recorded at most once a minute, so checks stay read-mostly.
 */
export async function sessionIsLive(session: { sessionId: string; userId: string }, now = Date.now()): Promise<boolean> {
  const row = await sessionRows(session.sessionId);
  if (!row || row.userId !== session.userId) return false;
  const idleMs = getRuntime().config.SESSION_IDLE_MINUTES * 60_000;
  if (now - row.lastSeenAt.getTime() > idleMs) {
    await getDb().delete(t.sessions).where(eq(t.sessions.id, row.id));
    return false;
  }
  if (now - row.lastSeenAt.getTime() > Math.min(TOUCH_EVERY_MS, idleMs / 4)) {
    await getDb().update(t.sessions).set({ lastSeenAt: new Date(now) }).where(eq(t.sessions.id, row.id));
  }
  return true;
}
