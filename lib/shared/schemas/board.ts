import { z } from 'zod';
import { CUSTOMER_EDIT_MODES, CUSTOMER_VISIBILITIES } from '../policy/types';
import { ZId, ZRole, ZSide, ZText } from './common';
import { ZTemplateId } from '../templates';

export const ZBoardName = ZText().trim().min(1, 'Give the board a name').max(120, 'At most 120 characters');
export const ZBoardDescription = ZText().trim().max(2000, 'At most 2000 characters');
export const ZCustomerEditMode = z.enum(CUSTOMER_EDIT_MODES);
export const ZCustomerVisibility = z.enum(CUSTOMER_VISIBILITIES);

export const ZBoardCreate = z.strictObject({
  name: ZBoardName,
  description: ZBoardDescription.default(''),
  /** Starting content (see `GET /api/v1/templates`); default blank. */
  template: ZTemplateId.default('blank'),
});
export type TBoardCreate = z.infer<typeof ZBoardCreate>;

export const ZBoardUpdate = z
  .strictObject({
    name: ZBoardName.optional(),
    description: ZBoardDescription.optional(),
    customerEditMode: ZCustomerEditMode.optional(),
    customerVisibility: ZCustomerVisibility.optional(),
    editorsDecideProposals: z.boolean().optional(),
    moderatorsSeePrivate: z.boolean().optional(),
    archived: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });
export type TBoardUpdate = z.infer<typeof ZBoardUpdate>;

/** Deleting a board is confirmed by typing its name. */
export const ZBoardDelete = z.strictObject({ confirmName: ZText().min(1).max(200) });
export type TBoardDelete = z.infer<typeof ZBoardDelete>;

export const ZBoardListQuery = z.strictObject({
  q: ZText().trim().max(120).optional(),
  filter: z.enum(['active', 'archived', 'recent']).default('active'),
});
export type TBoardListQuery = z.infer<typeof ZBoardListQuery>;

export const ZBoardParams = z.strictObject({ boardId: ZId });

export const ZBoard = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  description: z.string(),
  customerEditMode: ZCustomerEditMode,
  customerVisibility: ZCustomerVisibility,
  editorsDecideProposals: z.boolean(),
  moderatorsSeePrivate: z.boolean(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  myRole: ZRole,
  mySide: ZSide,
});
export type TBoard = z.infer<typeof ZBoard>;
