import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { startInProcessRuntime } from '../../../server/tests/helpers/in-process-runtime';
import type { Actor } from '../auth/actor';
import { hashSecretToken } from '../auth/secret-token';
import { createBoard } from '../boards/create-board';
import { t } from '../db';
import { createStaffUser } from '../users/create-staff-user';
import { acceptInvite } from './accept-invite';
import { createInvite } from './create-invite';
import { inspectInvite } from './inspect-invite';

describe('invite links in storage', async () => {
  const db = await startInProcessRuntime();
  const { user } = await createStaffUser({ email: 'owner@example.test', name: 'Olga', password: 'long enough password' });
  const board = await createBoard({ actorId: user.id, input: { name: 'Counter', description: '' } });
  const actor: Actor = { userId: user.id, kind: 'staff', name: 'Olga', email: user.email, via: 'session' };

  it('stores only the hash of the token', async () => {
    const { url, invite } = await createInvite({ actor, boardId: board.id, input: { role: 'contributor' } });
    const token = url.split('/invite/')[1]!;
    const [row] = await db.select().from(t.invites).where(eq(t.invites.id, invite.id));
    expect(row!.tokenHash).toBe(hashSecretToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('refuses a link once it has expired', async () => {
    const { url, invite } = await createInvite({ actor, boardId: board.id, input: { role: 'contributor', expiresInHours: 1 } });
    const token = url.split('/invite/')[1]!;
    expect((await inspectInvite(token))?.status).toBe('active');
    await db.update(t.invites).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(t.invites.id, invite.id));
    expect((await inspectInvite(token))?.status).toBe('expired');
    await expect(acceptInvite({ actor: null, input: { token, displayName: 'Late' } })).rejects.toMatchObject({ code: 'conflict' });
    const [row] = await db.select().from(t.invites).where(eq(t.invites.id, invite.id));
    expect(row!.uses).toBe(0);
  });
});
