import { z } from 'zod';
import { ROLES, SIDES } from '../roles';

export const ZId = z.uuid({ message: 'Must be a valid id' });
export const ZRole = z.enum(ROLES);
export const ZSide = z.enum(SIDES);
export const ZEmail = z.email({ message: 'Enter a valid email address' }).max(254).transform((e) => e.toLowerCase());
export const ZDisplayName = z.string().trim().min(1, 'Enter a name').max(80, 'At most 80 characters');
