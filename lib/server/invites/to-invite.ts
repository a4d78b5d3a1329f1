import { AppError } from '../../shared/errors';
import type { TInvite, TWorkspaceInvite } from '../../shared/schemas/invite';
import { inviteStatus, type InviteRow } from './claim-invite';

export function toWorkspaceInvite(row: InviteRow, now = new Date()): TWorkspaceInvite {
  return {
    id: row.id,
    maxUses: row.maxUses,
    uses: row.uses,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    status: inviteStatus(row, now),
  };
}

/** The API view of a board invite (never its token: only the hash is stored). */
export function toInvite(row: InviteRow, now = new Date()): TInvite {
  if (!row.role || !row.side) throw new AppError('internal', 'A board invite without a role');
  return { ...toWorkspaceInvite(row, now), role: row.role, side: row.side, label: row.label };
}
