import pino, { type Logger } from 'pino';

const KEY = Symbol.for('coscript.logger');
type Holder = { [KEY]?: Logger };

/** One structured logger per process (shared by the server and Next's bundles). */
export function logger(): Logger {
  const holder = globalThis as Holder;
  holder[KEY] ??= pino({ level: process.env.LOG_LEVEL || 'info', base: undefined, serializers: { err: errWithoutQueryValues } });
  return holder[KEY]!;
}

const VALUE_KEYS = new Set(['params', 'parameters']);
const PARAMS_LINE = /\nparams: [\s\S]*?(?=\n {4}at |$)/g;

/**
 * Errors from a failed query carry its bound values (drizzle: in `params` and in the message;
 * drivers: `parameters`): password hashes, emails, whatever was typed. Logs keep the query, never the values.
 */
export function errWithoutQueryValues(err: unknown): unknown {
  const serialized = pino.stdSerializers.err(err as Error) as unknown;
  return scrub(serialized, 0);
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.replace(PARAMS_LINE, '\nparams: [redacted]');
  if (!value || typeof value !== 'object' || depth > 5) return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = VALUE_KEYS.has(k) ? '[redacted]' : scrub(v, depth + 1);
  return out;
}
