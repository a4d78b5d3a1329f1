import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff } from './helpers/api-client';
import { createBoard, inviteGuest } from './helpers/board-fixtures';

describe('pages: security headers and honest statuses', async () => {
  const server = await startTestServer();
  let owner: ApiClient;
  let boardId = '';

  const page = (client: ApiClient | null, path: string) =>
    fetch(server.url + path, { redirect: 'manual', headers: client ? { cookie: client.cookie } : {} });

  beforeAll(async () => {
    owner = (await signUpStaff(server.url)).client;
    ({ boardId } = await createBoard(owner, 'Ordering at the counter'));
  });

  it('sends a nonce-based CSP that the page’s own scripts carry, and a fresh nonce per response', async () => {
    const first = await page(owner, `/b/${boardId}`);
    expect(first.status).toBe(200);
    const csp = first.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/connect-src 'self' ws: wss:/);
    expect(csp).toContain("worker-src 'self'");
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const second = await page(owner, `/b/${boardId}`);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce!);
    for (const path of ['/signin', '/boards']) expect((await page(owner, path)).headers.get('content-security-policy')).toMatch(/'nonce-/);
  });

  it('sends nosniff, DENY framing and a same-origin referrer policy on pages and the API', async () => {
    for (const res of [await page(owner, `/b/${boardId}`), await page(owner, '/api/v1/me'), await page(null, '/signin')]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
    }
  });

  it('answers 403 for the settings page of someone whose role does not allow it, 200 for those allowed', async () => {
    const guest = await inviteGuest(owner, boardId, 'contributor');
    const refused = await page(guest.client, `/b/${boardId}/settings`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('403');
    expect((await page(owner, `/b/${boardId}/settings`)).status).toBe(200);
    // Not on the board at all: its existence is not revealed.
    const stranger = (await signUpStaff(server.url)).client;
    expect((await page(stranger, `/b/${boardId}/settings`)).status).toBe(404);
  });
});
