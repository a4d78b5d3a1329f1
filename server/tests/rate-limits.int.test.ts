import { describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { signUpStaff } from './helpers/api-client';
import { createBoard, createInviteLink } from './helpers/board-fixtures';
import { requestFrom, signInFrom } from './helpers/from-address';

describe('rate limits that keep legitimate people in', async () => {
  const server = await startTestServer();

  it("an attacker's wrong passwords do not lock the real owner out from another address", async () => {
    const owner = await signUpStaff(server.url);
    const attacker = '127.0.0.1';
    let last: Awaited<ReturnType<typeof signInFrom>> | undefined;
    for (let i = 0; i < 12; i++) last = await signInFrom(attacker, server.url, owner.email, `wrong guess ${i}`);
    expect(last).toMatchObject({ signedIn: false, error: expect.stringMatching(/Too many sign-in attempts/) });
    // Even the right password from the attacker's address waits now…
    expect((await signInFrom(attacker, server.url, owner.email, owner.password)).signedIn).toBe(false);
    // …but the owner, elsewhere, gets in at once.
    expect(await signInFrom('127.0.0.2', server.url, owner.email, owner.password)).toEqual({ signedIn: true, error: null });
  });

  it('a workshop of 50 behind one address can all open and accept the invite, a third of them on a second device too', async () => {
    const { client: owner } = await signUpStaff(server.url);
    const { boardId } = await createBoard(owner);
    const { token } = await createInviteLink(owner, boardId, { role: 'contributor', side: 'customer', maxUses: null });
    const room = '127.0.0.3';
    const post = (path: string, body: unknown) =>
      requestFrom(room, `${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const statuses: number[] = [];
    for (let person = 0; person < 67; person++) {
      // The invite page checks the link on load; people reload it.
      for (let view = 0; view < 3; view++) statuses.push((await post('/api/v1/invites/inspect', { token })).status);
      statuses.push((await post('/api/v1/invites/accept', { token, displayName: `Person ${person}` })).status);
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const people = await owner.get(`/api/v1/boards/${boardId}/participants`);
    expect(people.body.participants).toHaveLength(68);
  });
});


describe('a refused request says when to come back', async () => {
  const server = await startTestServer({ env: { SIGNUP_LIMIT_PER_HOUR: '1' } });

  it('with the time left in its window as Retry-After', async () => {
    await signUpStaff(server.url);
    const res = await fetch(`${server.url}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'second@example.test', password: 'correct horse battery staple', name: 'Second' }),
    });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
  });
});
