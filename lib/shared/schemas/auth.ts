import { z } from 'zod';
import { ZDisplayName, ZEmail, ZText } from './common';

export const ZPassword = z.string().min(10, 'At least 10 characters').max(200, 'At most 200 characters');

export const ZSignUp = z.strictObject({
  email: ZEmail,
  password: ZPassword,
  name: ZDisplayName,
  /** Name of the new workspace; ignored when joining through a staff invite. */
  workspaceName: ZText().trim().min(1).max(80).optional(),
  /** A staff invite token to join an existing workspace. */
  inviteToken: z.string().min(10).max(200).optional(),
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZSignIn = z.strictObject({ email: ZEmail, password: z.string().min(1).max(200) });
export type TSignIn = z.infer<typeof ZSignIn>;
