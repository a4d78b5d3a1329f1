import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { parseConfig } from '../../../lib/server/config';
import { openRuntime } from '../../open-runtime';

/**
 * A runtime with a real embedded database in this process, for tests of lib/
 * use cases that need to look at (or move) what is stored. Closed after the file.
 */
export async function startInProcessRuntime() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coscript-unit-'));
  const opened = await openRuntime(parseConfig({ DATA_DIR: dataDir }), { publicUrl: 'http://coscript.test' });
  afterAll(async () => {
    await opened.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return opened.runtime.db;
}
