import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { registry } from './metrics';

export const METRICS_PATH = '/metrics';
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Whether a proxy may have passed the request on. Proxies differ in what they add (`Forwarded`,
 * `X-Forwarded-*`, `X-Real-IP`, `Via`, CDN headers), so any of them counts.
 */
export function isProxied(req: IncomingMessage): boolean {
  return Object.keys(req.headers).some((name) => PROXY_HEADER.test(name));
}
const PROXY_HEADER = /^(forwarded|x-forwarded-.*|x-real-ip|via|x-client-ip|x-cluster-client-ip|true-client-ip|cf-connecting-ip|fastly-client-ip|x-original-forwarded-for)$/;

/** Prometheus scrape endpoint: from loopback, or anywhere with `Authorization: Bearer $METRICS_TOKEN`. */
export async function handleMetricsRequest(req: IncomingMessage, res: ServerResponse, token: string | undefined): Promise<void> {
  const given = Buffer.from(String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''));
  const expected = Buffer.from(token ?? '');
  const tokenOk = !!token && given.length === expected.length && timingSafeEqual(given, expected);
  // Behind a proxy every request comes from loopback: then only the token counts.
  if (!tokenOk && (isProxied(req) || !LOOPBACK.has(req.socket.remoteAddress ?? ''))) {
    res.writeHead(403, { 'content-type': 'application/json' });
    return void res.end(JSON.stringify({ error: { code: 'forbidden', message: 'Metrics are available from localhost or with METRICS_TOKEN' } }));
  }
  res.writeHead(200, { 'content-type': registry.contentType });
  res.end(await registry.metrics());
}
