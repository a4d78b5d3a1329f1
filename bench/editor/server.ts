import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The real server (production build in NEXT_DIST_DIR) on a free loopback port, with its own data dir.
 * `cpus` (a taskset list such as "0") pins it, so it never takes every core from the browser being measured.
 */
export async function startServer(opts: { cpus?: string } = {}): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coscript-bench-editor-'));
  const node = [process.execPath, '--import', 'tsx', 'server/main.ts'];
  const [command, ...args] = opts.cpus ? ['taskset', '-c', opts.cpus, ...node] : node;
  const child: ChildProcess = spawn(command!, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'false', COSCRIPT_QUIET: '1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A bench that dies (a thrown error, a closed pipe) must not leave its server running and skewing the next one.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'listening' && entry.url) resolve(entry.url);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    stop: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs up a staff member and returns the session cookie (name=value). */
export async function signUp(url: string, name: string): Promise<string> {
  const email = `bench-${Math.random().toString(36).slice(2, 10)}@example.test`;
  const res = await fetch(`${url}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery', name, workspaceName: `${name}'s firm` }),
  });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('coscript.session-token='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

export async function createBoard(url: string, cookie: string, name: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/boards`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name }) });
  if (res.status !== 201) throw new Error(`create board failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { board: { id: string } }).board.id;
}
