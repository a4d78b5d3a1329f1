import { z } from 'zod';
import { ZEmail, ZId, ZRole, ZSide } from './common';

export const ZParticipantUpdate = z
  .strictObject({ role: ZRole.optional(), side: ZSide.optional() })
  .refine((v) => v.role !== undefined || v.side !== undefined, { message: 'Nothing to change' });
export type TParticipantUpdate = z.infer<typeof ZParticipantUpdate>;

/** Add a staff member of the board's workspace by email. */
export const ZParticipantAdd = z.strictObject({ email: ZEmail, role: ZRole, side: ZSide.default('firm') });
export type TParticipantAdd = z.infer<typeof ZParticipantAdd>;

export const ZParticipantParams = z.strictObject({ boardId: ZId, userId: ZId });

export const ZParticipant = z.object({
  userId: z.string(),
  /** The name this viewer may see: "Customer 2" on anonymous boards for non-moderators. */
  displayName: z.string(),
  email: z.string().nullable(),
  role: ZRole,
  side: ZSide,
  kind: z.enum(['staff', 'guest']),
  isYou: z.boolean(),
  joinedAt: z.string(),
});
export type TParticipant = z.infer<typeof ZParticipant>;
