import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export interface LockInfo {
  pid: number;
  url?: string;
  startedAt: string;
  /** Held by a `coscript` CLI command, which lets go within moments. */
  cli?: boolean;
  /** The holder's start time in clock ticks since boot (`/proc/<pid>/stat`), so a reused PID is told apart. */
  procStart?: string;
}

export class DataDirBusyError extends Error {
  constructor(readonly dataDir: string, readonly holder: LockInfo) {
    super(
      `Another Coscript process (pid ${holder.pid}${holder.url ? `, serving ${holder.url}` : ''}) is using the embedded database in ${dataDir}.\n` +
        'Only one process may open it at a time. Stop that process first, or set DATA_DIR to another folder, or use PostgreSQL (DATABASE_URL).\n' +
        `If no Coscript process is running there (check with: ps -p ${holder.pid} -o args), delete ${lockPath(dataDir)} and start again.`,
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

/** Field 22 of `/proc/<pid>/stat`; null where there is no procfs. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function commandLine(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return null;
  }
}

/**
 * Whether the process that wrote the lock still runs. After a crash and a reboot its PID may
 * belong to any other program: on Linux the start time (or, for locks written before it was
 * recorded, the command line) must match too. Elsewhere a live PID is trusted.
 */
function holderRuns(info: LockInfo): boolean {
  if (!isAlive(info.pid)) return false;
  const started = processStartTime(info.pid);
  if (started === null) return true;
  if (info.procStart) return info.procStart === started;
  return /server\/(main|cli)\.ts|coscript/.test(commandLine(info.pid) ?? '');
}

export function readLock(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8')) as LockInfo;
    return holderRuns(info) ? info : null;
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
  const procStart = processStartTime(process.pid);
  const mine: LockInfo = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    ...(procStart ? { procStart } : {}),
    ...(opts.cli ? { cli: true } : {}),
  };
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
