import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import next from 'next';
import type { TConfig } from '../lib/server/config';
import { seedDemo } from '../lib/server/seed/seed-demo';
import { CLIENT_IP_HEADER } from '../lib/server/http/client-ip';
import { logger } from '../lib/server/log';
import { acquireLock } from './data-dir';
import { closeRateLimits } from '../lib/server/rate-limit';
import { openRuntime } from './open-runtime';
import { handleAdminRequest, ADMIN_PATH } from './admin-endpoint';
import { startSync } from './sync/start-sync';
import { handleMetricsRequest, METRICS_PATH } from './sync/metrics-endpoint';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface RunningApp {
  url: string;
  port: number;
  server: http.Server;
  demo: Awaited<ReturnType<typeof seedDemo>>;
  close(): Promise<void>;
}

/** Starts the whole process: database, Next.js, the HTTP server (and later the sync endpoint) on one port. */
export async function startApp(opts: { config: TConfig; dev: boolean }): Promise<RunningApp> {
  const { config } = opts;
  const dataDir = path.resolve(config.DATA_DIR);
  const lock = config.DATABASE_URL ? null : acquireLock(dataDir);
  const cleanups: Array<() => Promise<void> | void> = [() => lock?.release()];
  const close = async () => {
    for (const fn of cleanups.reverse()) await fn();
  };
  try {
    const opened = await openRuntime(config, { publicUrl: config.PUBLIC_URL ?? '' });
    cleanups.push(() => opened.close());
    cleanups.push(() => closeRateLimits());
    const { runtime } = opened;
    const sync = await startSync({ config, db: runtime.db, publicUrl: () => runtime.publicUrl });
    runtime.sync = sync.server;
    const demo = config.SEED_DEMO === 'true' ? await seedDemo() : null;
    if (demo) fs.writeFileSync(path.join(dataDir, 'demo-login.txt'), `${demo.email}\n${demo.password}\n`, { mode: 0o600 });

    // Next.js hooks its 'upgrade' listener (dev HMR) onto `httpServer`, by default the server of the first
    // request it handles: there it would also run its router on every sync socket and keep an abort
    // controller for the socket's lifetime. It gets a server of its own instead; upgrades are routed below.
    const nextUpgrades = new http.Server();
    const nextApp = next({ dev: opts.dev, dir: ROOT, hostname: config.HOST, port: config.PORT, httpServer: nextUpgrades });
    await nextApp.prepare();
    const handle = nextApp.getRequestHandler();

    const server = http.createServer((req, res) => {
      // Rate limits key on the socket address; a client may not choose it.
      req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? 'unknown';
      if (req.url?.startsWith(ADMIN_PATH)) return void handleAdminRequest(req, res);
      if (req.url === METRICS_PATH) return void handleMetricsRequest(req, res, config.METRICS_TOKEN);
      void handle(req, res);
    });
    server.on('upgrade', (req, socket, head) => {
      if (req.url?.startsWith('/sync/')) return sync.server.handleUpgrade(req, socket, head);
      if (opts.dev && req.url?.startsWith('/_next/')) return void nextUpgrades.emit('upgrade', req, socket, head);
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, () => resolve());
    });
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    );
    // Cleanups run in reverse: sync sockets close (the HTTP server waits for upgraded sockets) and every received update is committed before the HTTP server and the database go.
    cleanups.push(() => sync.close());
    const port = (server.address() as AddressInfo).port;
    const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
    const url = `http://${host}:${port}`;
    runtime.publicUrl = config.PUBLIC_URL ?? url;
    // next-auth reads its own origin from here.
    process.env.NEXTAUTH_URL = runtime.publicUrl;
    lock?.update({ url });
    logger().info({ url, database: opened.databaseKind }, 'listening');
    return { url, port, server, demo, close };
  } catch (error) {
    await close();
    throw error;
  }
}
