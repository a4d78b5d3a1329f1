import { describe, expect, it } from 'vitest';
import { inviteStatus, type InviteRow } from './claim-invite';

const now = new Date('2026-03-01T12:00:00Z');
const invite = (over: Partial<InviteRow> = {}): InviteRow => ({
  id: 'i',
  workspaceId: 'w',
  boardId: 'b',
  tokenHash: 'h',
  role: 'contributor',
  side: 'customer',
  label: '',
  email: null,
  maxUses: null,
  uses: 0,
  expiresAt: new Date('2026-03-01T13:00:00Z'),
  revokedAt: null,
  createdBy: null,
  createdAt: new Date('2026-03-01T11:00:00Z'),
  ...over,
});

describe('inviteStatus', () => {
  it('is active before expiry and under the use limit', () => {
    expect(inviteStatus(invite(), now)).toBe('active');
    expect(inviteStatus(invite({ maxUses: 3, uses: 2 }), now)).toBe('active');
  });

  it('expires at the expiry instant', () => {
    expect(inviteStatus(invite({ expiresAt: new Date(now.getTime() + 1) }), now)).toBe('active');
    expect(inviteStatus(invite({ expiresAt: now }), now)).toBe('expired');
  });

  it('is used up when the uses reach the limit', () => {
    expect(inviteStatus(invite({ maxUses: 2, uses: 2 }), now)).toBe('used_up');
  });

  it('reports revocation first, then expiry', () => {
    expect(inviteStatus(invite({ revokedAt: now, expiresAt: new Date(0), maxUses: 1, uses: 1 }), now)).toBe('revoked');
    expect(inviteStatus(invite({ expiresAt: new Date(0), maxUses: 1, uses: 1 }), now)).toBe('expired');
  });
});
