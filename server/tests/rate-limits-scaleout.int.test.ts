import { describe, expect, it } from 'vitest';
import { requireRedisUrl } from './helpers/test-database';
import { startTestServer } from './helpers/test-server';
import { signUpStaff } from './helpers/api-client';
import { signInFrom } from './helpers/from-address';

// Two processes need one shared database: this suite belongs to the PostgreSQL pass, where Redis is
// required (requireRedisUrl fails in CI without it); the embedded-database pass skips it.
const onPostgres = !!process.env.TEST_DATABASE_URL;
const REDIS_URL = onPostgres ? requireRedisUrl() : process.env.TEST_REDIS_URL;
const canRun = onPostgres && !!REDIS_URL;
if (!canRun) console.warn('rate-limits-scaleout: skipped, it needs TEST_DATABASE_URL (PostgreSQL) and TEST_REDIS_URL');

// With Redis the limits are shared by every process and every run within their window: sign-ups from
// this one address are not what these tests are about.
const SHARED_LIMITS = { SIGNUP_LIMIT_PER_HOUR: '100000' };

describe.skipIf(!canRun)('rate limits across two processes on one PostgreSQL and Redis', async () => {
  const secret = 'rate-limit-scaleout-secret-0123456789';
  const first = canRun ? await startTestServer({ env: { REDIS_URL: REDIS_URL!, NEXTAUTH_SECRET: secret, ...SHARED_LIMITS } }) : undefined!;
  const second = canRun
    ? await startTestServer({ env: { DATABASE_URL: first.env.DATABASE_URL!, REDIS_URL: REDIS_URL!, NEXTAUTH_SECRET: secret, ...SHARED_LIMITS } })
    : undefined!;

  it('counts wrong passwords sent to either process against one limit', async () => {
    const owner = await signUpStaff(first.url);
    // Ten guesses, split over the two processes: each alone has seen only five.
    for (let i = 0; i < 10; i++) await signInFrom('127.0.0.4', (i % 2 ? second : first).url, owner.email, `wrong guess ${i}`);
    const next = await signInFrom('127.0.0.4', second.url, owner.email, owner.password);
    expect(next).toMatchObject({ signedIn: false, error: expect.stringMatching(/Too many sign-in attempts/) });
    expect((await signInFrom('127.0.0.5', first.url, owner.email, owner.password)).signedIn).toBe(true);
  });
});
