import { z } from 'zod';

export const ZId = z.uuid({ message: 'Must be a valid id' });
export const ZRole = z.enum(['owner', 'moderator', 'editor', 'contributor', 'observer']);
export const ZSide = z.enum(['firm', 'customer']);
export const ZEmail = z.email({ message: 'Enter a valid email address' }).max(254).transform((e) => e.toLowerCase());
export const ZDisplayName = z.string().trim().min(1, 'Enter a name').max(80, 'At most 80 characters');
