import { z } from 'zod';
import { ROLES, SIDES } from '../roles';

/**
 * Any free text we store or search. PostgreSQL text cannot hold a NUL character, so it is refused
 * here as bad input rather than failing deep in a query.
 */
export const ZText = () => z.string().refine((s) => !s.includes('\u0000'), 'Must not contain a NUL character');

export const ZId = z.uuid({ message: 'Must be a valid id' });
export const ZRole = z.enum(ROLES);
export const ZSide = z.enum(SIDES);
export const ZEmail = z.email({ message: 'Enter a valid email address' }).max(254).transform((e) => e.toLowerCase());
export const ZDisplayName = ZText().trim().min(1, 'Enter a name').max(80, 'At most 80 characters');
