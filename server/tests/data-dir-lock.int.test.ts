import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient } from './helpers/api-client';

describe('a stale data-dir lock whose PID now belongs to another program', async () => {
  // A program that is not Coscript, alive while the test runs: its PID stands for one reused after a crash.
  const other = spawn('sleep', ['600'], { stdio: 'ignore' });
  afterAll(() => void other.kill());
  const staleDataDir = (lock: object) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coscript-lock-'));
    fs.writeFileSync(path.join(dataDir, 'coscript.lock'), JSON.stringify({ pid: other.pid, startedAt: new Date().toISOString(), ...lock }));
    return dataDir;
  };
  // The embedded database is the one that is locked, whatever the test pass.
  const recorded = await startTestServer({ dataDir: staleDataDir({ procStart: '1' }), env: { DATABASE_URL: '' } });
  const legacy = await startTestServer({ dataDir: staleDataDir({}), env: { DATABASE_URL: '' } });

  it('does not block a restart when the lock recorded a different start time', async () => {
    expect((await new ApiClient(recorded.url).get('/api/health')).status).toBe(200);
    const lock = JSON.parse(fs.readFileSync(path.join(recorded.dataDir, 'coscript.lock'), 'utf8'));
    expect(lock.pid).not.toBe(other.pid);
  });

  it('does not block a restart when an older lock names a PID whose command line is not Coscript', async () => {
    expect((await new ApiClient(legacy.url).get('/api/health')).status).toBe(200);
  });
});
