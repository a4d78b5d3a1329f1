import { stringifySetCookie } from 'cookie';
import { encode } from 'next-auth/jwt';
import { getRuntime } from '../runtime';
import { sessionCookieName } from './cookies';
import { startSession } from './sessions';

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

export function isSecureDeployment(): boolean {
  return getRuntime().publicUrl.startsWith('https://');
}

/** Mints the same JWT next-auth issues, for sign-ins that do not pass through a provider (invites, sign-up). */
export async function createSessionCookie(user: { id: string; name: string; sessionVersion: number }): Promise<string> {
  const secure = isSecureDeployment();
  const value = await encode({
    token: { sub: user.id, name: user.name, sv: user.sessionVersion, sid: await startSession(user.id) },
    secret: getRuntime().secret,
    maxAge: SESSION_MAX_AGE,
  });
  return stringifySetCookie({ name: sessionCookieName(secure), value, path: '/', httpOnly: true, sameSite: 'lax', maxAge: SESSION_MAX_AGE, secure });
}

/** Removes the session cookie (same name and attributes: a `__Secure-` cookie is only cleared with `Secure`). */
export function clearSessionCookie(): string {
  const secure = isSecureDeployment();
  return stringifySetCookie({ name: sessionCookieName(secure), value: '', path: '/', httpOnly: true, sameSite: 'lax', maxAge: 0, secure });
}
