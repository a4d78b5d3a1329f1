import { parseCookie } from 'cookie';

/** We name the session cookie ourselves so the sync server can find it without next-auth. */
export const SESSION_COOKIE = 'coscript.session-token';

export function sessionCookieName(secure: boolean): string {
  return secure ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/**
 * Reads the session JWT from a raw Cookie header. next-auth splits cookies
 * over 4 KB into `name.0`, `name.1`, …; both the plain and `__Secure-` names count.
 */
export function readSessionToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const cookies = parseCookie(header);
  for (const name of [sessionCookieName(true), sessionCookieName(false)]) {
    const whole = cookies[name];
    if (whole) return whole;
    const chunks: string[] = [];
    for (let i = 0; cookies[`${name}.${i}`]; i++) chunks.push(cookies[`${name}.${i}`]!);
    if (chunks.length) return chunks.join('');
  }
  return null;
}
