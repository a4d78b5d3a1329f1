import http from 'node:http';

/**
 * HTTP from a chosen loopback address (127.0.0.2, …): the server keys rate limits on the socket's
 * address, so this stands for a second person's machine. Linux routes all of 127/8 to loopback.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; setCookies: string[]; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, localAddress }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, setCookies: res.headers['set-cookie'] ?? [], body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The credentials sign-in as the sign-in form does it, from `localAddress`: whether a session began, and next-auth's error. */
export async function signInFrom(localAddress: string, baseUrl: string, email: string, password: string): Promise<{ signedIn: boolean; error: string | null }> {
  const csrf = await requestFrom(localAddress, `${baseUrl}/api/auth/csrf`);
  const cookie = csrf.setCookies.map((c) => c.split(';')[0]).join('; ');
  const form = new URLSearchParams({ csrfToken: JSON.parse(csrf.body).csrfToken, email, password, json: 'true' });
  const res = await requestFrom(localAddress, `${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: form.toString(),
  });
  const url = (() => {
    try {
      return new URL(JSON.parse(res.body).url as string);
    } catch {
      return null;
    }
  })();
  return { signedIn: res.setCookies.some((c) => /session-token=[^;]+/.test(c)), error: url?.searchParams.get('error') ?? null };
}
