import { describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';

describe('/metrics without METRICS_TOKEN', async () => {
  const server = await startTestServer();
  const scrape = (headers: Record<string, string> = {}) => fetch(`${server.url}/metrics`, { headers }).then((r) => r.status);

  it('is served to a direct loopback client', async () => {
    expect(await scrape()).toBe(200);
  });

  it.each([
    ['X-Forwarded-For', '203.0.113.9'],
    ['Forwarded', 'for=203.0.113.9;proto=https'],
    ['X-Real-IP', '203.0.113.9'],
    ['X-Forwarded-Host', 'coscript.example.test'],
    ['Via', '1.1 proxy'],
  ])('is refused when a proxy passed the request on (%s)', async (name, value) => {
    expect(await scrape({ [name]: value })).toBe(403);
  });
});

describe('/metrics with METRICS_TOKEN', async () => {
  const token = 'metrics-token-0123456789abcdef';
  const server = await startTestServer({ env: { METRICS_TOKEN: token } });

  it('is served behind a proxy to whoever sends the token', async () => {
    const res = await fetch(`${server.url}/metrics`, { headers: { forwarded: 'for=203.0.113.9', authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
  });
});
