/**
 * The `coscript` command. On PostgreSQL it opens the database itself. On the
 * embedded database only one process may open DATA_DIR: when a server holds
 * it, the command is sent to that server; otherwise the CLI takes the lock.
 */
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseConfig, type TConfig } from '../lib/server/config';
import { parseCliArgs, runCliCommand, type CliResult } from '../lib/server/cli/run-command';
import { absoluteFileArgs, readsStdin } from '../lib/server/cli/file-args';
import { ADMIN_PATH } from './admin-endpoint';
import { acquireLock, DataDirBusyError, loadSecrets, readLock } from './data-dir';
import { openRuntime } from './open-runtime';

// How long to wait for a server that holds the data dir but is not serving yet.
const STARTUP_WAIT_MS = 120_000;

async function main(argv: string[]): Promise<CliResult> {
  // Help and bad arguments are answered without opening the database (or asking the server).
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.kind === 'help') return { code: 0, stdout: parsed.text, stderr: '' };
  } catch {
    return runCliCommand(argv); // fails the same way and turns the error into its message and exit code
  }
  let config: TConfig;
  try {
    config = parseConfig(process.env);
  } catch (e) {
    return { code: 1, stdout: '', stderr: `${(e as Error).message}\n` };
  }
  const stdin = readsStdin(argv) ? await readStdin() : undefined;
  if (config.DATABASE_URL) return runHere(config, argv, stdin);

  const dataDir = path.resolve(config.DATA_DIR);
  const deadline = Date.now() + STARTUP_WAIT_MS;
  let announced = false;
  for (;;) {
    const holder = readLock(dataDir);
    if (holder?.url) {
      const result = await runOnServer(holder.url, dataDir, argv, stdin);
      if (result) return result;
      continue; // the server went away meanwhile: look again
    }
    if (!holder) {
      let lock: ReturnType<typeof acquireLock>;
      try {
        lock = acquireLock(dataDir, { cli: true });
      } catch (e) {
        if (e instanceof DataDirBusyError) continue;
        throw e;
      }
      try {
        return await runHere(config, argv, stdin);
      } finally {
        lock.release();
      }
    }
    // A server that is still starting (or another CLI run) holds the data dir.
    if (Date.now() > deadline) {
      return { code: 1, stdout: '', stderr: `Process ${holder.pid} holds ${dataDir} and is not serving; try again once it is.\n` };
    }
    if (!announced) process.stderr.write(`Waiting for process ${holder.pid}, which holds ${dataDir}…\n`);
    announced = true;
    await sleep(200);
  }
}

/** Opens the database in this process (migrating it) and runs the command. */
async function runHere(config: TConfig, argv: string[], stdin: string | undefined): Promise<CliResult> {
  const opened = await openRuntime(config, { publicUrl: config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}` });
  try {
    return await runCliCommand(argv, { stdin });
  } finally {
    await opened.close();
  }
}

/** Sends the command to the server holding the data dir; null when that server is gone. */
async function runOnServer(url: string, dataDir: string, argv: string[], stdin: string | undefined): Promise<CliResult | null> {
  let res: Response;
  try {
    res = await fetch(new URL(ADMIN_PATH, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-coscript-admin': loadSecrets(dataDir).adminSecret },
      body: JSON.stringify({ argv: absoluteFileArgs(argv, process.cwd()), stdin }),
    });
  } catch (e) {
    if (!readLock(dataDir)) return null;
    return { code: 1, stdout: '', stderr: `Cannot reach the running server at ${url}: ${(e as Error).message}\n` };
  }
  if (res.ok) return (await res.json()) as CliResult;
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return {
    code: 1,
    stdout: '',
    stderr: `The running server at ${url} refused the command (${res.status}: ${body?.error?.message ?? res.statusText}).\n`,
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const write = (stream: NodeJS.WriteStream, text: string) =>
  new Promise<void>((resolve) => (text ? stream.write(text, () => resolve()) : resolve()));

const result = await main(process.argv.slice(2));
await write(process.stdout, result.stdout);
await write(process.stderr, result.stderr);
process.exit(result.code);
