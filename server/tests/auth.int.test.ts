import { describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';
import { ApiClient, signUpStaff, uniqueEmail } from './helpers/api-client';

describe('sign-up and sign-in', async () => {
  const server = await startTestServer();

  it('reports a healthy database', async () => {
    const res = await new ApiClient(server.url).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.database.ok).toBe(true);
  });

  it('signs up, then signs in with the same password', async () => {
    const { email, password } = await signUpStaff(server.url);
    const again = new ApiClient(server.url);
    expect(await again.signIn(email, password)).toBe(200);
    expect(again.cookie).toContain('coscript.session-token=');
  });

  it('gives the same generic error for a wrong password and an unknown email', async () => {
    const { email } = await signUpStaff(server.url);
    const wrong = new ApiClient(server.url);
    await wrong.signIn(email, 'not the password at all');
    const unknown = new ApiClient(server.url);
    await unknown.signIn(uniqueEmail('nobody'), 'not the password at all');
    expect(wrong.cookie).not.toContain('session-token');
    expect(unknown.cookie).not.toContain('session-token');
  });

  it('refuses a second account with the same email (any case)', async () => {
    const { email } = await signUpStaff(server.url);
    const res = await new ApiClient(server.url).post('/api/v1/auth/signup', {
      email: email.toUpperCase(),
      password: 'another long password',
      name: 'Copycat',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
  });
});
