import { ROLES, type Role, type Side } from '../roles';

/**
 * Roles a person holding `role` may hand out through an invite (to someone on `side`, when known).
 * Whether customers write directly on a board is the board's setting, which only owners change:
 * so a moderator's invite may not make a customer an editor, who would write past that setting.
 */
export function invitableRoles(role: Role, side?: Side): Role[] {
  if (role === 'owner') return [...ROLES];
  if (role === 'moderator') return side === 'customer' ? ['contributor', 'observer'] : ['editor', 'contributor', 'observer'];
  return [];
}
