import { randomBytes } from 'node:crypto';

/** A signed-in (or anonymous) HTTP client that keeps its session cookie like a browser would. */
export class ApiClient {
  cookie = '';
  bearer = '';

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
    const res = await fetch(this.baseUrl + path, {
      method,
      redirect: 'manual',
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    this.absorbCookies(res.headers);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
  patch = (path: string, body?: unknown) => this.request('PATCH', path, body ?? {});
  delete = (path: string, body?: unknown) => this.request('DELETE', path, body);

  private absorbCookies(headers: Headers): void {
    const jar = new Map(this.cookie ? this.cookie.split('; ').map((c) => c.split(/=(.*)/s).slice(0, 2) as [string, string]) : []);
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split(/=(.*)/s) as [string, string];
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Signs in through next-auth's credentials flow, as the sign-in form does. */
  async signIn(email: string, password: string): Promise<number> {
    const csrf = await this.request('GET', '/api/auth/csrf');
    const form = new URLSearchParams({ csrfToken: csrf.body.csrfToken, email, password, json: 'true' });
    const res = await this.request('POST', '/api/auth/callback/credentials', form.toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    return res.status;
  }
}

export const uniqueEmail = (tag = 'user') => `${tag}-${randomBytes(5).toString('hex')}@example.test`;

/** Signs up a fresh staff user (with a workspace of their own) and returns their client. */
export async function signUpStaff(baseUrl: string, opts: { name?: string; email?: string; inviteToken?: string } = {}) {
  const client = new ApiClient(baseUrl);
  const email = opts.email ?? uniqueEmail('staff');
  const password = 'correct horse battery staple';
  const res = await client.post('/api/v1/auth/signup', {
    email,
    password,
    name: opts.name ?? 'Staff Person',
    ...(opts.inviteToken ? { inviteToken: opts.inviteToken } : {}),
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, email, password, userId: res.body.user.id as string, workspaceId: res.body.workspaceId as string };
}
