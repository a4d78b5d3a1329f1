// zod/mini: this schema is read on the board page only (control.ts), where classic zod's size and
// start-up cost would both land in the first load; the mini build has the same checks and types.
import * as z from 'zod/mini';
import { CUSTOMER_EDIT_MODES, CUSTOMER_VISIBILITIES, PHASE_EDITING, PHASE_PROPOSALS } from '../policy/types';
import { ROLES, SIDES } from '../roles';

/** A person's policy context as the server publishes it to their page (control map `me`, key `access`). */
export const ZPolicyContext = z.object({
  role: z.enum(ROLES),
  side: z.enum(SIDES),
  board: z.object({
    customerEditMode: z.enum(CUSTOMER_EDIT_MODES),
    customerVisibility: z.enum(CUSTOMER_VISIBILITIES),
    archived: z.boolean(),
    editorsDecideProposals: z.boolean(),
    moderatorsSeePrivate: z.boolean(),
  }),
  phase: z.optional(z.nullable(z.object({ editing: z.enum(PHASE_EDITING), proposals: z.enum(PHASE_PROPOSALS), voting: z.boolean(), rating: z.boolean() }))),
});
