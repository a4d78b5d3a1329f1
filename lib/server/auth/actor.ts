import { and, eq, isNull } from 'drizzle-orm';
import { decode } from 'next-auth/jwt';
import { getDb, t } from '../db';
import { getRuntime } from '../runtime';
import { readSessionToken } from './cookies';
import { hashSecretToken } from './secret-token';
import { sessionIsLive } from './sessions';

/** The authenticated person behind a request or socket, always re-read from the database. */
export interface Actor {
  userId: string;
  kind: 'staff' | 'guest';
  name: string;
  email: string | null;
  via: 'session' | 'token';
  /** The server-side session a cookie names (absent for API tokens). */
  sessionId?: string;
}

export interface CredentialSource {
  cookie?: string | null;
  authorization?: string | null;
  /** `?token=` on socket URLs. */
  queryToken?: string | null;
}

export async function resolveActor(source: CredentialSource): Promise<Actor | null> {
  const bearer = bearerToken(source);
  if (bearer) return actorFromApiToken(bearer);
  const jwt = readSessionToken(source.cookie);
  if (jwt) return actorFromSession(jwt);
  return null;
}

/** An API token from `Authorization: Bearer` or `?token=`; it takes precedence over a session cookie. */
export function bearerToken(source: CredentialSource): string | null {
  return source.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? source.queryToken ?? null;
}

async function actorFromApiToken(token: string): Promise<Actor | null> {
  if (token.length > 200) return null;
  const db = getDb();
  const [row] = await db
    .select({ tokenId: t.apiTokens.id, lastUsedAt: t.apiTokens.lastUsedAt, user: t.users })
    .from(t.apiTokens)
    .innerJoin(t.users, eq(t.users.id, t.apiTokens.userId))
    .where(and(eq(t.apiTokens.tokenHash, hashSecretToken(token)), isNull(t.apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  // Record use at most once a minute to keep token checks read-mostly.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(t.apiTokens).set({ lastUsedAt: new Date() }).where(eq(t.apiTokens.id, row.tokenId));
  }
  return toActor(row.user, 'token');
}

export interface DecodedSession {
  userId: string;
  sessionVersion: number;
  sessionId: string;
}

/**
 * The user, session version and session id a session cookie's JWT carries, or null when it does
 * not verify or its server-side session has ended (signed out, or idle too long).
 */
export async function decodeSession(jwt: string): Promise<DecodedSession | null> {
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token: jwt, secret: getRuntime().secret });
  } catch {
    return null;
  }
  const userId = typeof payload?.sub === 'string' ? payload.sub : null;
  // `sid`, not `jti`: next-auth gives every re-encoding of the same session a fresh `jti`.
  const sessionId = typeof payload?.sid === 'string' ? payload.sid : null;
  if (!userId || !sessionId) return null;
  const session = { userId, sessionVersion: Number(payload?.sv ?? -1), sessionId };
  return (await sessionIsLive(session)) ? session : null;
}

/** The actor a decoded session stands for: the user must exist and not have signed out everywhere since. */
export function sessionActor(user: typeof t.users.$inferSelect | null | undefined, session: DecodedSession): Actor | null {
  return user && user.sessionVersion === session.sessionVersion ? { ...toActor(user, 'session'), sessionId: session.sessionId } : null;
}

async function actorFromSession(jwt: string): Promise<Actor | null> {
  const session = await decodeSession(jwt);
  if (!session) return null;
  const [user] = await getDb().select().from(t.users).where(eq(t.users.id, session.userId)).limit(1);
  return sessionActor(user, session);
}

function toActor(user: typeof t.users.$inferSelect, via: Actor['via']): Actor {
  return { userId: user.id, kind: user.kind, name: user.name, email: user.email, via };
}
