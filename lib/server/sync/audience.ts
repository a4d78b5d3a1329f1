import { allows, type PolicyContext } from '../../shared/policy';

/**
 * Who a piece of server-owned live state is for. Each audience is its own
 * control document (stored and fanned out like any room), and a socket on
 * `/sync/<boardId>/control` receives exactly the documents of its audiences.
 */
export type Audience = 'everyone' | 'moderators' | { userId: string };

export type ControlRoomKind = 'control' | `control:${string}`;

/** The room an audience's state lives in. */
export function audienceRoom(audience: Audience): ControlRoomKind {
  if (audience === 'everyone') return 'control';
  if (audience === 'moderators') return 'control:moderators';
  return `control:user:${audience.userId}`;
}

/** The map a client reads an audience's state from: `state` (everyone), `moderators`, `me`. */
export function audienceMap(audience: Audience): string {
  if (audience === 'everyone') return 'state';
  if (audience === 'moderators') return 'moderators';
  return 'me';
}

/** The `audienceOf` hook: the audiences a person belongs to, as the rule book says. */
export function audiencesOf(userId: string, rules: PolicyContext): Audience[] {
  return ['everyone', ...(allows(rules, 'control.moderators') ? (['moderators'] as const) : []), { userId }];
}
