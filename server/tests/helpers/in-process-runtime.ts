import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { parseConfig } from '../../../lib/server/config';
import { openDatabase } from '../../../lib/server/db/open';
import { clearRuntime, setRuntime } from '../../../lib/server/runtime';

/**
 * A runtime with a real embedded database in this process, for tests of lib/
 * use cases that need to look at (or move) what is stored. Closed after the file.
 */
export async function startInProcessRuntime() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coscript-unit-'));
  const database = await openDatabase({ dataDir });
  setRuntime({
    config: parseConfig({ DATA_DIR: dataDir }),
    db: database.db,
    secret: 'in-process-test-secret-0123456789',
    adminSecret: 'unused',
    publicUrl: 'http://coscript.test',
  });
  afterAll(async () => {
    clearRuntime();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return database.db;
}
