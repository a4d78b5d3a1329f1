/** We name the session cookie ourselves so the sync server can find it without next-auth. */
export const SESSION_COOKIE = 'coscript.session-token';

export function sessionCookieName(secure: boolean): string {
  return secure ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export function parseCookieHeader(header: string | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      out.set(name, decodeURIComponent(raw));
    } catch {
      out.set(name, raw);
    }
  }
  return out;
}

/**
 * Reads the session JWT from a raw Cookie header. next-auth splits cookies
 * over 4 KB into `name.0`, `name.1`, …; both the plain and `__Secure-` names count.
 */
export function readSessionToken(header: string | null | undefined): string | null {
  const cookies = parseCookieHeader(header);
  for (const name of [sessionCookieName(true), sessionCookieName(false)]) {
    const whole = cookies.get(name);
    if (whole) return whole;
    const chunks: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
    if (chunks.length) return chunks.join('');
  }
  return null;
}
