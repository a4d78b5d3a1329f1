import { z } from 'zod';
import { ZId, ZText } from './common';

export const ZTokenCreate = z.strictObject({ name: ZText().trim().min(1, 'Name the token').max(80) });
export type TTokenCreate = z.infer<typeof ZTokenCreate>;

export const ZTokenParams = z.strictObject({ tokenId: ZId });

export const ZApiToken = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type TApiToken = z.infer<typeof ZApiToken>;
