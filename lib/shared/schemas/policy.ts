import { z } from 'zod';
import { CUSTOMER_EDIT_MODES, CUSTOMER_VISIBILITIES, PHASE_EDITING, PHASE_PROPOSALS } from '../policy/types';
import { ZRole, ZSide } from './common';

/** A person's policy context as the server publishes it to their page (control map `me`, key `access`). */
export const ZPolicyContext = z.object({
  role: ZRole,
  side: ZSide,
  board: z.object({
    customerEditMode: z.enum(CUSTOMER_EDIT_MODES),
    customerVisibility: z.enum(CUSTOMER_VISIBILITIES),
    archived: z.boolean(),
    editorsDecideProposals: z.boolean(),
    moderatorsSeePrivate: z.boolean(),
  }),
  phase: z
    .object({ editing: z.enum(PHASE_EDITING), proposals: z.enum(PHASE_PROPOSALS), voting: z.boolean(), rating: z.boolean() })
    .nullable()
    .optional(),
});
