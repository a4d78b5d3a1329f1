import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export interface LockInfo {
  pid: number;
  url?: string;
  startedAt: string;
  /** Held by a `coscript` CLI command, which lets go within moments. */
  cli?: boolean;
}

export class DataDirBusyError extends Error {
  constructor(readonly dataDir: string, readonly holder: LockInfo) {
    super(
      `Another Coscript process (pid ${holder.pid}${holder.url ? `, serving ${holder.url}` : ''}) is using the embedded database in ${dataDir}.\n` +
        'Only one process may open it at a time. Stop that process first, or set DATA_DIR to another folder, or use PostgreSQL (DATABASE_URL).',
    );
  }
}

const lockPath = (dataDir: string) => path.join(dataDir, 'coscript.lock');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8')) as LockInfo;
    return isAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

const CLI_WAIT_MS = 60_000;

/**
 * Takes the data dir for this process; a live holder makes it fail, a stale lock is replaced.
 * A CLI command holding it is waited for (blocking: nothing else runs yet), so a server
 * started right after `coscript …` does not fail.
 */
export function acquireLock(dataDir: string, opts: { cli?: boolean } = {}): { update(info: Partial<LockInfo>): void; release(): void } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  const mine: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), ...(opts.cli ? { cli: true } : {}) };
  const deadline = Date.now() + CLI_WAIT_MS;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      return {
        update(info) {
          Object.assign(mine, info);
          fs.writeFileSync(file, JSON.stringify(mine));
        },
        release() {
          const holder = readLock(dataDir);
          if (!holder || holder.pid === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(dataDir);
      if (holder?.cli && holder.pid !== process.pid && Date.now() < deadline) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        attempt--;
        continue;
      }
      if (holder && holder.pid !== process.pid) throw new DataDirBusyError(dataDir, holder);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}

/** Secrets generated on first start and kept in DATA_DIR (mode 0600). */
export function loadSecrets(dataDir: string): { sessionSecret: string; adminSecret: string } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'secrets.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    const secrets = { sessionSecret: randomBytes(32).toString('base64url'), adminSecret: randomBytes(32).toString('base64url') };
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return secrets;
  }
}
