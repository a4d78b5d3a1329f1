import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff } from './helpers/api-client';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('restarts and the data dir', async () => {
  const server = await startTestServer();

  // PostgreSQL may be shared by many processes; only the embedded database is locked.
  it.skipIf(Boolean(server.env.DATABASE_URL))('refuses a second server on the same DATA_DIR with a clear message', async () => {
    const second = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: ROOT,
        env: { ...server.env, PORT: '0' } as unknown as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
    expect(second.code).toBe(1);
    expect(second.output).toContain('is using the embedded database');
    expect(second.output).toContain(server.dataDir);
    expect(second.output).toContain('If no Coscript process is running there');
    // The first server carries on untouched.
    expect((await new ApiClient(server.url).get('/api/health')).status).toBe(200);
  });

  it('keeps accounts, boards and sessions across a restart', async () => {
    const { client, email, password } = await signUpStaff(server.url);
    const created = await client.post('/api/v1/boards', { name: 'Returning an item' });
    expect(created.status).toBe(201);

    await server.restart();

    const listed = await client.get('/api/v1/boards');
    expect(listed.status).toBe(200);
    expect(listed.body.boards.map((b: { id: string }) => b.id)).toContain(created.body.board.id);
    const again = new ApiClient(server.url);
    expect(await again.signIn(email, password)).toBe(200);
    expect((await again.get(`/api/v1/boards/${created.body.board.id}`)).body.board.name).toBe('Returning an item');
  });

  it('still shuts down cleanly on SIGTERM once nobody reads its output, keeping what it had', async () => {
    const { client } = await signUpStaff(server.url);
    server.closeOutput();
    // Served with nobody reading its log lines.
    const created = await client.post('/api/v1/boards', { name: 'Opening an account' });
    expect(created.status).toBe(201);

    await server.stop();
    await server.restart();

    expect((await client.get(`/api/v1/boards/${created.body.board.id}`)).body.board.name).toBe('Opening an account');
  });
});
