import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A server under test: where clients connect and how they authenticate. */
export interface Target {
  name: string;
  pid: number;
  /** Where the server writes a heap snapshot on SIGUSR2. */
  snapshotDir: string;
  httpUrl: string;
  /** WebSocket URL of a room. */
  roomUrl(room: string): string;
  headers: Record<string, string>;
  /** A fresh room id (a new board for Coscript). */
  newRoom(): Promise<string>;
  stop(): Promise<void>;
}

/** Node flags for a server under test: a heap snapshot (after a full GC) on SIGUSR2, into `dir`. */
function snapshotArgs(): { dir: string; args: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-heap-'));
  return { dir, args: ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dir}`] };
}

function stopper(child: ChildProcess) {
  // A load generator that dies must not leave its server running (and skewing the next run).
  process.once('exit', () => child.kill('SIGKILL'));
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/**
 * Coscript on embedded PGlite (or DATABASE_URL when BENCH_DATABASE_URL is set), with generous budgets for load generation.
 * `env` adds variables (a second process of a scaled-out pair); `cookie` signs in as an account that already exists.
 */
export async function startCoscript(opts: { env?: Record<string, string>; cookie?: string; name?: string } = {}): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coscript-bench-'));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    COSCRIPT_QUIET: '1',
    LOG_LEVEL: 'info',
    SYNC_CONNECTS_PER_MINUTE_IP: '1000000',
    SIGNUP_LIMIT_PER_HOUR: '1000000',
    SYNC_CONNECTS_PER_MINUTE_USER: '1000000',
    SYNC_MESSAGES_PER_SECOND: '100000',
    SYNC_BYTES_PER_SECOND: String(64 * 1024 * 1024),
    SYNC_MAX_MESSAGE_BYTES: String(16 * 1024 * 1024),
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
    ...opts.env,
  };
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the server under load.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const snapshot = snapshotArgs();
  const child = spawn(process.execPath, [...snapshot.args, ...nodeArgs, '--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'inherit'] });
  const httpUrl = await new Promise<string>((resolve, reject) => {
    // The lock file (PGlite) or the "listening" log line says where it runs.
    const timer = setInterval(() => {
      try {
        const lock = JSON.parse(fs.readFileSync(path.join(dataDir, 'coscript.lock'), 'utf8')) as { url?: string };
        if (lock.url) {
          clearInterval(timer);
          resolve(lock.url);
        }
      } catch {
        /* not yet */
      }
    }, 100);
    // BENCH_SERVER_LOG=<file> keeps the server's JSON log lines for a look after the run.
    if (process.env.BENCH_SERVER_LOG) child.stdout!.pipe(fs.createWriteStream(process.env.BENCH_SERVER_LOG));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"listening"')) resolve(JSON.parse(line).url);
    });
    child.once('exit', (code) => reject(new Error(`coscript exited with ${code}`)));
  });
  const cookie = opts.cookie ?? (await signUp(httpUrl));
  return {
    name: opts.name ?? 'coscript',
    pid: child.pid!,
    snapshotDir: snapshot.dir,
    httpUrl,
    headers: { cookie },
    roomUrl: (room) => `${httpUrl.replace(/^http/, 'ws')}/sync/${room}`,
    async newRoom() {
      const res = await fetch(`${httpUrl}/api/v1/boards`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Bench' }) });
      return ((await res.json()) as { board: { id: string } }).board.id;
    },
    stop: stopper(child),
  };
}

async function signUp(httpUrl: string): Promise<string> {
  const email = `bench-${Date.now()}@example.test`;
  const signup = await fetch(`${httpUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery staple', name: 'Bench' }),
  });
  return signup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** A port nobody listens on (a random one may be taken by a client socket's ephemeral port). */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The reference y-websocket server (`@y/websocket-server@0.1.1`, no auth, no persistence). */
export async function startReference(): Promise<Target> {
  // The package does not export its bin: find it from the package root.
  const pkg = path.dirname(createRequire(import.meta.url).resolve('@y/websocket-server/package.json'));
  const bin = path.join(pkg, 'src/server.js');
  const port = await freePort();
  const snapshot = snapshotArgs();
  const child = spawn(process.execPath, [...snapshot.args, bin], { env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('running') && resolve());
    child.once('exit', (code) => reject(new Error(`reference exited with ${code}`)));
  });
  let n = 0;
  return {
    name: 'y-websocket-server 0.1.1',
    pid: child.pid!,
    snapshotDir: snapshot.dir,
    httpUrl: `http://127.0.0.1:${port}`,
    headers: {},
    roomUrl: (room) => `ws://127.0.0.1:${port}/${room}`,
    newRoom: async () => `bench-${Date.now()}-${n++}`,
    stop: stopper(child),
  };
}
