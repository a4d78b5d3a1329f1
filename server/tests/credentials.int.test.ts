import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff } from './helpers/api-client';
import { cloneClient } from './helpers/board-fixtures';
import { connect, ownerWithBoard, waitFor } from './helpers/sync';

/** Signs out through next-auth as the browser's sign-out button does. */
async function signOut(client: ApiClient): Promise<number> {
  const csrf = await client.get('/api/auth/csrf');
  const form = new URLSearchParams({ csrfToken: csrf.body.csrfToken, json: 'true' });
  const res = await client.request('POST', '/api/auth/signout', form.toString(), { 'content-type': 'application/x-www-form-urlencoded' });
  return res.status;
}

async function signedIn(url: string, email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(url);
  expect(await client.signIn(email, password)).toBe(200);
  return client;
}

describe('sessions and credentials', async () => {
  const server = await startTestServer();

  it('a sign-out ends that session on the server: a copy of its cookie stops working, other sessions go on', async () => {
    const { email, password } = await signUpStaff(server.url);
    const laptop = await signedIn(server.url, email, password);
    const phone = await signedIn(server.url, email, password);
    const stolen = cloneClient(laptop);
    expect(await signOut(laptop)).toBe(200);
    expect(laptop.cookie).not.toContain('session-token');
    const refused = await stolen.get('/api/v1/me');
    expect(refused.status).toBe(401);
    expect((await phone.get('/api/v1/me')).status).toBe(200);
  });

  it("a sign-out closes that session's sockets (4401) and leaves the same user's other sessions connected", async () => {
    const owner = await ownerWithBoard(server);
    const other = cloneClient(owner.client);
    const here = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await here.synced();
    const { email } = (await owner.client.get('/api/v1/me')).body.user;
    const elsewhere = await signedIn(server.url, email, 'correct horse battery staple');
    const there = connect(server, owner.boardId, { cookie: elsewhere.cookie });
    await there.synced();
    const closes: number[] = [];
    here.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    expect(await signOut(other)).toBe(200);
    await waitFor(() => closes.includes(4401), 'signed-out socket closed');
    expect(there.provider.wsconnected).toBe(true);
  });

  it('"sign out everywhere" also revokes the personal API tokens', async () => {
    const staff = await signUpStaff(server.url);
    const { body } = await staff.client.post('/api/v1/tokens', { name: 'CI' });
    const api = new ApiClient(server.url);
    api.bearer = body.token;
    expect((await api.get('/api/v1/me')).status).toBe(200);
    expect((await staff.client.post('/api/v1/me/sign-out-everywhere')).status).toBe(204);
    expect((await api.get('/api/v1/me')).status).toBe(401);
    const again = await signedIn(server.url, staff.email, staff.password);
    expect((await again.get('/api/v1/tokens')).body.tokens).toEqual([]);
  });
});

describe('an idle session ends after SESSION_IDLE_MINUTES', async () => {
  const IDLE_MS = 2400;
  const server = await startTestServer({ env: { SESSION_IDLE_MINUTES: String(IDLE_MS / 60_000) } });

  it('stays alive while used, and ends once nobody used it for longer than that', async () => {
    const { email, password } = await signUpStaff(server.url);
    const client = await signedIn(server.url, email, password);
    const started = Date.now();
    // Used every few hundred ms for well over the idle time: still signed in.
    while (Date.now() - started < IDLE_MS * 2) {
      expect((await client.get('/api/v1/me')).status).toBe(200);
      await sleep(IDLE_MS / 6);
    }
    // Idleness is a matter of time: nothing to poll without using the session.
    await sleep(IDLE_MS + 500);
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });
});

describe('session cookie attributes', async () => {
  const plain = await startTestServer();
  const https = await startTestServer({ env: { PUBLIC_URL: 'https://coscript.example.test' } });

  const sessionCookie = (headers: Headers) => headers.getSetCookie().find((c) => /session-token=/.test(c)) ?? '';

  it('is HttpOnly and SameSite=Lax, and Secure with a __Secure- name behind https (sign-up and sign-in)', async () => {
    const email = `cookie-${Date.now()}@example.test`;
    const signUp = await new ApiClient(https.url).post('/api/v1/auth/signup', { email, password: 'correct horse battery staple', name: 'Cookie' });
    expect(signUp.status).toBe(201);
    for (const header of [sessionCookie(signUp.headers)]) {
      expect(header).toMatch(/^__Secure-coscript\.session-token=/);
      expect(header).toMatch(/;\s*HttpOnly/i);
      expect(header).toMatch(/;\s*SameSite=Lax/i);
      expect(header).toMatch(/;\s*Secure/i);
      expect(header).toMatch(/;\s*Path=\//i);
    }
    const client = new ApiClient(https.url);
    const csrf = await client.get('/api/auth/csrf');
    const form = new URLSearchParams({ csrfToken: csrf.body.csrfToken, email, password: 'correct horse battery staple', json: 'true' });
    const signIn = await client.request('POST', '/api/auth/callback/credentials', form.toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    const header = sessionCookie(signIn.headers);
    expect(header).toMatch(/^__Secure-coscript\.session-token=/);
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect(header).toMatch(/;\s*SameSite=Lax/i);
    expect(header).toMatch(/;\s*Secure/i);
    // Clearing it must carry Secure too, or browsers ignore the clearing of a __Secure- cookie.
    const cleared = await client.request('POST', '/api/v1/me/sign-out-everywhere', {}, { cookie: header.split(';')[0]! });
    expect(cleared.status).toBe(204);
    const clearing = sessionCookie(cleared.headers);
    expect(clearing).toMatch(/^__Secure-coscript\.session-token=;/);
    expect(clearing).toMatch(/;\s*Max-Age=0/i);
    expect(clearing).toMatch(/;\s*Secure/i);
  });

  it('is HttpOnly and SameSite=Lax but not Secure on plain http', async () => {
    const signUp = await new ApiClient(plain.url).post('/api/v1/auth/signup', {
      email: `cookie-${Date.now()}@example.test`,
      password: 'correct horse battery staple',
      name: 'Cookie',
    });
    const header = sessionCookie(signUp.headers);
    expect(header).toMatch(/^coscript\.session-token=/);
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect(header).toMatch(/;\s*SameSite=Lax/i);
    expect(header).not.toMatch(/;\s*Secure/i);
  });
});
