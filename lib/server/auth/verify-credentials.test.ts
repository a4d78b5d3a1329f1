import { describe, expect, it } from 'vitest';
import { startInProcessRuntime } from '../../../server/tests/helpers/in-process-runtime';
import { AppError } from '../../shared/errors';
import { limiter } from '../rate-limit';
import { createStaffUser } from '../users/create-staff-user';
import { SIGN_IN_LIMITS, verifyCredentials } from './verify-credentials';

// Every attempt runs a real scrypt check: a few seconds per test.
describe('sign-in limits per account and address', async () => {
  await startInProcessRuntime();
  const email = 'owner@example.test';
  const password = 'the real long password';
  await createStaffUser({ email, name: 'Owner', password });

  const attempt = (pw: string, ip: string) =>
    verifyCredentials({ email, password: pw, ip }).then(
      () => 'ok',
      (e: unknown) => (e instanceof AppError ? e.code : String(e)),
    );
  const guessTillRefused = async (ip: string) => {
    const outcomes: string[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.pair.points; i++) outcomes.push(await attempt(`guess ${i}`, ip));
    return outcomes;
  };
  const waitLeftMs = async (ip: string) => (await limiter('signin-pair', SIGN_IN_LIMITS.pair).get(`${email}|${ip}`))!.msBeforeNext;

  it('refuses the 11th guess from one address, doubling the wait each time it happens again', async () => {
    const ip = '198.51.100.7';
    expect(await guessTillRefused(ip)).toEqual([...Array(10).fill('unauthenticated'), 'rate_limited']);
    expect(await attempt(password, ip)).toBe('rate_limited');
    expect(await waitLeftMs(ip)).toBeLessThanOrEqual(60_000);
    // The minute passes (the window's counter goes), the guessing goes on: two minutes now, then four.
    await limiter('signin-pair', SIGN_IN_LIMITS.pair).delete(`${email}|${ip}`);
    expect((await guessTillRefused(ip)).at(-1)).toBe('rate_limited');
    expect(await waitLeftMs(ip)).toBeGreaterThan(60_000);
    await limiter('signin-pair', SIGN_IN_LIMITS.pair).delete(`${email}|${ip}`);
    await guessTillRefused(ip);
    expect(await waitLeftMs(ip)).toBeGreaterThan(180_000);
  }, 120_000);

  it('lets the owner in from another address meanwhile, and a success clears their own count', async () => {
    const home = '203.0.113.20';
    for (let i = 0; i < 9; i++) expect(await attempt(`typo ${i}`, home)).toBe('unauthenticated');
    expect(await attempt(password, home)).toBe('ok');
    expect(await attempt('one more typo', home)).toBe('unauthenticated');
  }, 60_000);
});
