import { z } from 'zod';

export const ZWorkspaceRole = z.enum(['admin', 'member']);

export const ZWorkspaceSummary = z.object({ id: z.string(), name: z.string(), role: ZWorkspaceRole });
export type TWorkspaceSummary = z.infer<typeof ZWorkspaceSummary>;

export const ZWorkspaceMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: ZWorkspaceRole,
});
export type TWorkspaceMember = z.infer<typeof ZWorkspaceMember>;

export const ZMe = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), kind: z.enum(['staff', 'guest']) }),
  workspace: ZWorkspaceSummary.nullable(),
});
export type TMe = z.infer<typeof ZMe>;
