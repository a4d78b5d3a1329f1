import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from './index';
import { openDatabase, type OpenedDatabase } from './open';

/** For unit tests: a migrated embedded database in a temp directory, opened before a file's tests and removed after. */
export function useEmbeddedDatabase(): { readonly db: Db } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coscript-unit-db-'));
  let opened: OpenedDatabase | null = null;
  beforeAll(async () => {
    opened = await openDatabase({ dataDir: dir });
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get db() {
      if (!opened) throw new Error('the test database opens in beforeAll');
      return opened.db;
    },
  };
}
