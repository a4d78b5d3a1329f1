import { describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff, uniqueEmail } from './helpers/api-client';
import { createBoard } from './helpers/board-fixtures';

describe('text the database cannot hold, and bytes that are not UTF-8', async () => {
  const server = await startTestServer();

  it('refuses a NUL character in a sign-up name with 400 and logs neither the email nor the password hash', async () => {
    const email = uniqueEmail('nul');
    const res = await new ApiClient(server.url).post('/api/v1/auth/signup', { email, password: 'correct horse battery staple', name: 'Nul\u0000Name' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_input', fields: { name: ['Must not contain a NUL character'] } });
    const logged = JSON.stringify(server.logs);
    expect(logged).not.toContain(email);
    expect(logged).not.toContain('scrypt$');
  });

  it('refuses a NUL character in a board name and in a search with 400', async () => {
    const { client } = await signUpStaff(server.url);
    const created = await client.post('/api/v1/boards', { name: 'Order\u0000ing' });
    expect(created.status).toBe(400);
    expect(created.body.error.fields.name).toEqual(['Must not contain a NUL character']);
    await createBoard(client, 'Ordering');
    const search = await client.get('/api/v1/boards?q=Or%00der');
    expect(search.status).toBe(400);
    expect(search.body.error.code).toBe('invalid_input');
    expect(server.logs.filter((l) => l.level === 50)).toEqual([]);
  });

  it('refuses a JSON body that is not valid UTF-8 instead of storing replacement characters', async () => {
    const { client } = await signUpStaff(server.url);
    const { boardId } = await createBoard(client, 'Plain');
    // {"description":"caf<0xE9>"}: Latin-1 é, not UTF-8.
    const body = Buffer.concat([Buffer.from('{"description":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const res = await fetch(`${server.url}/api/v1/boards/${boardId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: client.cookie },
      body,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'invalid_json', message: 'The body is not valid UTF-8' });
    expect((await client.get(`/api/v1/boards/${boardId}`)).body.board.description).toBe('');
  });
});
