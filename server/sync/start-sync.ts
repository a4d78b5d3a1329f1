import type { TConfig } from '../../lib/server/config';
import type { Db } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import { RedisFanOut } from './fanout-redis';
import { SyncServer } from './sync-server';

/** Starts the sync endpoint (with Redis fan-out when REDIS_URL is set). */
export async function startSync(opts: { config: TConfig; db: Db; publicUrl: () => string }) {
  const fanOut = opts.config.REDIS_URL ? new RedisFanOut(opts.config.REDIS_URL, opts.db, { adoptAfterMs: opts.config.SYNC_ADOPT_AFTER_MS }) : undefined;
  if (fanOut) {
    await fanOut.ready();
    logger().info({ redis: true }, 'sync: scale-out through Redis');
  }
  const server = new SyncServer({ ...opts, fanOut, broadcast: fanOut && ((c) => fanOut.publishCommand(c)) });
  if (fanOut) fanOut.onCommand = (c) => server.applyCommand(c);
  return {
    server,
    async close() {
      await server.close();
      await fanOut?.close();
    },
  };
}
