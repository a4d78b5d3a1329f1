import { z } from 'zod';
import { ZDisplayName, ZEmail, ZId, ZRole, ZSide, ZText } from './common';

export const INVITE_EXPIRY_HOURS = [1, 24, 24 * 7, 24 * 30] as const;

export const ZInviteCreate = z.strictObject({
  role: ZRole.default('contributor'),
  side: ZSide.default('customer'),
  label: ZText().trim().max(80).default(''),
  /** Hours until the link stops working (max 90 days). */
  expiresInHours: z.number().int().min(1).max(24 * 90).default(24 * 7),
  /** How many people may use the link; null for no limit. */
  maxUses: z.number().int().min(1).max(1000).nullable().default(null),
  /** When given (and SMTP is configured), the link is also emailed. */
  email: ZEmail.optional(),
});
export type TInviteCreate = z.input<typeof ZInviteCreate>;

export const ZInviteParams = z.strictObject({ boardId: ZId, inviteId: ZId });

export const ZInviteToken = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'Not an invite token');

export const ZInviteAccept = z.strictObject({
  token: ZInviteToken,
  displayName: ZDisplayName,
  email: ZEmail.optional(),
});
export type TInviteAccept = z.infer<typeof ZInviteAccept>;

export const ZInviteStatus = z.enum(['active', 'expired', 'revoked', 'used_up']);
export type TInviteStatus = z.infer<typeof ZInviteStatus>;

export const ZInvite = z.object({
  id: z.string(),
  role: ZRole,
  side: ZSide,
  label: z.string(),
  maxUses: z.number().nullable(),
  uses: z.number(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  status: ZInviteStatus,
});
export type TInvite = z.infer<typeof ZInvite>;

export const ZInviteInspect = z.strictObject({ token: ZInviteToken });

/** What the invite page may learn from a token before anyone accepts it. */
export const ZInviteSummary = z.object({
  kind: z.enum(['board', 'workspace']),
  status: ZInviteStatus,
  boardName: z.string().optional(),
  workspaceName: z.string(),
  role: ZRole.nullable(),
  side: ZSide.nullable(),
});
export type TInviteSummary = z.infer<typeof ZInviteSummary>;

/** A staff invite to join the actor's workspace (sign-up link). */
export const ZWorkspaceInviteCreate = z.strictObject({
  expiresInHours: z.number().int().min(1).max(24 * 90).default(24 * 7),
  maxUses: z.number().int().min(1).max(1000).nullable().default(1),
  email: ZEmail.optional(),
});
export type TWorkspaceInviteCreate = z.input<typeof ZWorkspaceInviteCreate>;

export const ZWorkspaceInvite = z.object({
  id: z.string(),
  maxUses: z.number().nullable(),
  uses: z.number(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  status: ZInviteStatus,
});
export type TWorkspaceInvite = z.infer<typeof ZWorkspaceInvite>;
