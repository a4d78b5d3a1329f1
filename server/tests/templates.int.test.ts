import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getScript, listScripts, listSteps, renameStep, stepTitle, findCell } from '../../lib/shared/board-doc';
import { signUpStaff } from './helpers/api-client';
import { connect, inviteGuest, waitFor } from './helpers/sync';
import { startTestServer, type TestServer } from './helpers/test-server';

const ROOT = path.resolve(import.meta.dirname, '../..');

function coscript(server: TestServer, args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/coscript.mjs'), ...args], { cwd: ROOT, env: server.env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end('');
  });
}

describe('board templates', async () => {
  const server = await startTestServer();

  it('lists templates and seeds a new board from one; an unknown template changes nothing', async () => {
    const owner = await signUpStaff(server.url);
    const listed = await owner.client.get('/api/v1/templates');
    expect(listed.status).toBe(200);
    expect(listed.body.templates.map((t: { id: string }) => t.id)).toEqual(['blank', 'cafe-order', 'online-returns', 'hospital-outpatient', 'bank-account']);

    const bad = await owner.client.post('/api/v1/boards', { name: 'Nope', template: 'casino' });
    expect(bad.status).toBe(400);
    expect((await owner.client.get('/api/v1/boards')).body.boards).toHaveLength(0);

    const res = await owner.client.post('/api/v1/boards', { name: 'Café', template: 'cafe-order' });
    expect(res.status).toBe(201);
    const a = connect(server, res.body.board.id, { cookie: owner.client.cookie });
    await a.synced();
    const scripts = listScripts(a.doc);
    expect(scripts.map((s) => s.title)).toEqual(['Order a drink at the counter', 'Return an item']);
    const script = getScript(a.doc, scripts[0]!.id)!;
    const steps = listSteps(script);
    expect(steps.map((s, i) => stepTitle(script, s.id, i))).toEqual(['Walk in', 'Read the menu', 'Order', 'Pay', 'Wait', 'Collect', 'Drink']);
    for (const lane of ['customer-does', 'customer-knows', 'staff-front', 'backstage', 'touchpoint', 'pain-ideas']) {
      expect(findCell(script, steps[0]!.id, lane)?.toString()).not.toBe('');
    }
  });

  it('a customer who may edit directly can rename a step (titles are structure, not a lane)', async () => {
    const owner = await signUpStaff(server.url);
    const created = await owner.client.post('/api/v1/boards', { name: 'Outpatients', template: 'hospital-outpatient' });
    const boardId = created.body.board.id as string;
    const guest = await inviteGuest(server, owner.client, boardId, 'contributor', 'customer');
    const customer = connect(server, boardId, { cookie: guest.client.cookie });
    const firm = connect(server, boardId, { cookie: owner.client.cookie });
    await customer.synced();
    await firm.synced();
    const script = getScript(customer.doc, listScripts(customer.doc)[0]!.id)!;
    const stepId = listSteps(script)[0]!.id;
    renameStep(script, stepId, 'Open the letter');
    const seen = getScript(firm.doc, listScripts(firm.doc)[0]!.id)!;
    await waitFor(() => stepTitle(seen, stepId, 0) === 'Open the letter', 'renamed step reaches the firm');
  });

  it('the CLI creates a board from a template', async () => {
    const owner = await signUpStaff(server.url);
    const res = await coscript(server, ['board', 'create', '--name', 'Accounts', '--owner-email', owner.email, '--template', 'bank-account']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const a = connect(server, res.stdout.trim(), { cookie: owner.client.cookie });
    await a.synced();
    expect(listScripts(a.doc).map((s) => s.title)).toEqual(['Open an account in the app']);
    const bad = await coscript(server, ['board', 'create', '--name', 'X', '--owner-email', owner.email, '--template', 'nope']);
    expect(bad.code).not.toBe(0);
  });
});
