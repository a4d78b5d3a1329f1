import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../shared/errors';
import { logger } from './log';
import { getRuntime } from './runtime';

/** `points` attempts per `durationSec`; over it, refused until the window ends. */
export interface Limit {
  points: number;
  durationSec: number;
}

export interface LimitResult {
  ok: boolean;
  retryAfterMs: number;
}

const KEY = Symbol.for('coscript.rate-limiters');
type Holder = { [KEY]?: { redis: Redis | null; limiters: Map<string, RateLimiterAbstract> } };

/**
 * Counters live in Redis when `REDIS_URL` is set, so a limit holds across every process of a
 * scaled-out deployment; otherwise in this process. Shared through globalThis: Next's bundles and
 * the sync server must count into the same limiter.
 */
function limiters() {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const url = getRuntime().config.REDIS_URL;
    const redis = url ? new Redis(url, { connectionName: 'coscript-rate-limits', enableOfflineQueue: true, maxRetriesPerRequest: 2 }) : null;
    redis?.on('error', (err: Error) => logger().warn({ err: err.message }, 'rate limits: redis error'));
    holder[KEY] = { redis, limiters: new Map() };
  }
  return holder[KEY];
}

/** The limiter for `name` (created on first use, same settings thereafter). */
export function limiter(name: string, limit: Limit): RateLimiterAbstract {
  const { redis, limiters: all } = limiters();
  const id = `${name}:${limit.points}/${limit.durationSec}`;
  let found = all.get(id);
  if (!found) {
    const opts = { keyPrefix: `coscript:rl:${name}`, points: limit.points, duration: limit.durationSec };
    // When Redis is down, each process limits on its own rather than letting everything through.
    found = redis ? new RateLimiterRedis({ ...opts, storeClient: redis, insuranceLimiter: new RateLimiterMemory(opts) }) : new RateLimiterMemory(opts);
    all.set(id, found);
  }
  return found;
}

/** Counts one attempt for `key` under the named limit. */
export async function hitRateLimit(name: string, key: string, limit: Limit): Promise<LimitResult> {
  try {
    await limiter(name, limit).consume(key);
    return { ok: true, retryAfterMs: 0 };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { ok: false, retryAfterMs: e.msBeforeNext };
    throw e;
  }
}

/** A 429 that tells the client when to come back (`Retry-After`). */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super('rate_limited', message);
  }
}

/** Throws a RateLimitedError unless every result is within its limit. */
export function assertWithinLimits(message: string, ...results: LimitResult[]): void {
  const refused = results.filter((r) => !r.ok);
  if (refused.length) throw new RateLimitedError(message, Math.max(...refused.map((r) => r.retryAfterMs)));
}

/** Closes the Redis connection (server shutdown). */
export async function closeRateLimits(): Promise<void> {
  const holder = globalThis as Holder;
  const redis = holder[KEY]?.redis;
  delete holder[KEY];
  await redis?.quit().catch(() => redis.disconnect());
}
