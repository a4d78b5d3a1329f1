import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * With TEST_DATABASE_URL (CI's PostgreSQL run) every server gets a fresh
 * database of its own, dropped afterwards; without it the server uses
 * embedded PGlite in its temp DATA_DIR.
 */
export async function createTestDatabase(): Promise<{ url?: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return { drop: async () => {} };
  const name = `coscript_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const conn = postgres(base, { max: 1, onnotice: () => {} });
      await conn.unsafe(`drop database if exists ${name} with (force)`);
      await conn.end();
    },
  };
}

/** In CI a suite that needs Redis fails when it is missing; locally it may skip. */
export function requireRedisUrl(): string | undefined {
  const url = process.env.TEST_REDIS_URL;
  if (!url && process.env.CI === 'true') throw new Error('TEST_REDIS_URL is required in CI (the scale-out suite needs Redis)');
  return url;
}
