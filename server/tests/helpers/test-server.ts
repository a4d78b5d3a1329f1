import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll } from 'vitest';
import { createTestDatabase } from './test-database';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface TestServer {
  url: string;
  port: number;
  dataDir: string;
  env: Record<string, string>;
  /** Structured log lines the server printed. */
  logs: Array<Record<string, unknown>>;
  /** SIGTERM and wait (graceful: flushes). */
  stop(): Promise<void>;
  /** SIGKILL, no flushing: a crash. */
  kill(): Promise<void>;
  /** Start again on the same data (same port when possible). */
  restart(): Promise<void>;
  /** Closes our ends of the server's stdout and stderr, as a supervisor that died would. */
  closeOutput(): void;
}

/**
 * Starts the real server (`server/main.ts`) as a child process on a free port
 * with its own data, and stops it when the test file ends.
 */
export async function startTestServer(opts: { env?: Record<string, string>; dataDir?: string } = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'coscript-test-'));
  const database = await createTestDatabase();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    COSCRIPT_QUIET: '1',
    LOG_LEVEL: 'info',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...opts.env,
  };
  let child: ChildProcess | undefined;
  const server: TestServer = {
    url: '',
    port: 0,
    dataDir,
    env,
    logs: [],
    stop: async () => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
    restart: async () => {
      await server.stop();
      await launch(server.port ? String(server.port) : '0');
    },
    closeOutput: () => {
      child?.stdout?.destroy();
      child?.stderr?.destroy();
    },
  };
  const launch = (port: string) =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: ROOT,
        env: { ...env, PORT: port } as unknown as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      let stderr = '';
      proc.stderr!.on('data', (d) => (stderr += d));
      createInterface({ input: proc.stdout! }).on('line', (line) => {
        if (!line.startsWith('{')) return;
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          server.logs.push(entry);
          if (entry.msg === 'listening') {
            server.url = String(entry.url);
            server.port = Number(new URL(server.url).port);
            resolve();
          }
        } catch {
          /* not a log line */
        }
      });
      proc.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${stderr}`)));
    });
  await launch(opts.env?.PORT ?? '0');
  afterAll(async () => {
    await server.stop();
    await database.drop();
    if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return server;
}
