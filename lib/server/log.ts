import pino, { type Logger } from 'pino';

const KEY = Symbol.for('coscript.logger');
type Holder = { [KEY]?: Logger };

/** One structured logger per process (shared by the server and Next's bundles). */
export function logger(): Logger {
  const holder = globalThis as Holder;
  holder[KEY] ??= pino({ level: process.env.LOG_LEVEL || 'info', base: undefined });
  return holder[KEY]!;
}
