import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseConfig } from '../lib/server/config';
import { addCompileHints } from '../scripts/compile-hints';
import { DataDirBusyError } from './data-dir';

// When whoever reads our output goes away (a supervisor or log shipper that died), writes fail with
// EPIPE. Unhandled, each failure is an uncaught error that Next's handler prints to the same closed
// pipe: a loop at full CPU that never reaches a SIGTERM's shutdown. Nobody is left to read the logs;
// the server carries on and still shuts down cleanly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

const dev = process.env.NODE_ENV === 'development';
const config = (() => {
  try {
    return parseConfig(process.env);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
})();
process.env.LOG_LEVEL ??= config.LOG_LEVEL;

const { ROOT, startApp } = await import('./app');

if (!dev && !fs.existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
  console.log('No production build yet: running `next build` once (about a minute)…');
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  addCompileHints(path.join(ROOT, process.env.NEXT_DIST_DIR || '.next'));
}

try {
  const app = await startApp({ config, dev });
  if (!process.env.COSCRIPT_QUIET) {
    const dataDir = path.resolve(config.DATA_DIR);
    const login = path.join(dataDir, 'demo-login.txt');
    console.log(`\n  Coscript is running at ${app.url}`);
    console.log(`  Database: ${config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`}`);
    if (fs.existsSync(login)) {
      const [email, password] = fs.readFileSync(login, 'utf8').trim().split('\n');
      console.log(`  Sign in at ${app.url}/signin as ${email} with password ${password}`);
    } else {
      console.log(`  Sign in or create an account at ${app.url}/signin`);
    }
    console.log('');
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: flushing and shutting down…`);
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
} catch (e) {
  if (e instanceof DataDirBusyError) {
    console.error(`\n  Cannot start: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
