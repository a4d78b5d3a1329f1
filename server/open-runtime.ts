import path from 'node:path';
import type { TConfig } from '../lib/server/config';
import { openDatabase } from '../lib/server/db/open';
import { clearRuntime, setRuntime, type Runtime } from '../lib/server/runtime';
import { loadSecrets } from './data-dir';

/**
 * The process runtime, assembled in one place for the server, the CLI and
 * tests: opens (and migrates) the database, reads the secrets kept in
 * DATA_DIR, and puts the runtime on globalThis. `close` undoes both.
 */
export async function openRuntime(config: TConfig, opts: { publicUrl: string }): Promise<{ runtime: Runtime; databaseKind: string; close(): Promise<void> }> {
  const dataDir = path.resolve(config.DATA_DIR);
  const secrets = loadSecrets(dataDir);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir });
  const runtime: Runtime = {
    config,
    db: database.db,
    secret: config.NEXTAUTH_SECRET ?? secrets.sessionSecret,
    adminSecret: secrets.adminSecret,
    publicUrl: opts.publicUrl,
  };
  setRuntime(runtime);
  return {
    runtime,
    databaseKind: database.kind,
    async close() {
      clearRuntime();
      await database.close();
    },
  };
}
