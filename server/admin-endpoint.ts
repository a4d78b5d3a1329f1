import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { getRuntime } from '../lib/server/runtime';
import { runCliCommand } from '../lib/server/cli/run-command';

/**
 * The CLI's way into a running server on the embedded database (where only one
 * process may open the data dir). Loopback only, and the caller must prove it
 * can read DATA_DIR by sending the admin secret kept there.
 */
export const ADMIN_PATH = '/_coscript/cli';
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export async function handleAdminRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const given = Buffer.from(String(req.headers['x-coscript-admin'] ?? ''));
  const expected = Buffer.from(getRuntime().adminSecret);
  const trusted = given.length === expected.length && timingSafeEqual(given, expected);
  if (req.method !== 'POST' || !LOOPBACK.has(req.socket.remoteAddress ?? '') || !trusted) {
    return reply(403, { error: { code: 'forbidden', message: 'Not allowed' } });
  }
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 32 * 1024 * 1024) return reply(413, { error: { code: 'payload_too_large', message: 'Too large' } });
  }
  try {
    const { argv, stdin } = JSON.parse(body) as { argv: string[]; stdin?: string };
    reply(200, await runCliCommand(argv, { stdin }));
  } catch (e) {
    reply(400, { error: { code: 'bad_request', message: (e as Error).message } });
  }
}
