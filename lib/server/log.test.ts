import { describe, expect, it } from 'vitest';
import { t } from './db';
import { useEmbeddedDatabase } from './db/testing';
import { errWithoutQueryValues } from './log';

const database = useEmbeddedDatabase();

describe('logged errors', () => {
  it('keep the failing query but never its bound values', async () => {
    const email = 'secret-person@example.test';
    const hash = 'scrypt$32768$8$1$c2FsdA$a2V5';
    let failure: unknown;
    try {
      // PostgreSQL text cannot hold NUL: the insert fails with its values attached to the error.
      await database.db.insert(t.users).values({ kind: 'staff', email, name: 'Nul\u0000', passwordHash: hash });
    } catch (e) {
      failure = e;
    }
    expect(String((failure as Error).message)).toContain(email);
    const logged = JSON.stringify(errWithoutQueryValues(failure));
    expect(logged).toContain('insert into \\"users\\"');
    expect(logged).not.toContain(email);
    expect(logged).not.toContain(hash);
  });
});
