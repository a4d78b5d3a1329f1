import { seesCustomerNames, seesEmails } from '../../shared/policy';
import type { Role, Side } from '../../shared/roles';
import type { TParticipant } from '../../shared/schemas/participant';

export interface ParticipantRecord {
  userId: string;
  name: string;
  email: string | null;
  kind: 'staff' | 'guest';
  role: Role;
  side: Side;
  joinedAt: Date;
}

export interface Viewer {
  userId: string;
  role: Role;
}


/**
 * What one viewer may see of a board's people. On anonymous boards customers
 * are "Customer 1", "Customer 2"… numbered by join order (so a number stays
 * with its person), except for owners and moderators, who always see who said
 * what. Everyone sees themselves by name. Emails are for the people who manage
 * members, and for yourself.
 */
export function presentParticipants(records: ParticipantRecord[], viewer: Viewer, visibility: 'named' | 'anonymous'): TParticipant[] {
  const ordered = [...records].sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || a.userId.localeCompare(b.userId));
  const anonymise = !seesCustomerNames(viewer.role, visibility);
  let customerNumber = 0;
  return ordered.map((p) => {
    const isYou = p.userId === viewer.userId;
    const number = p.side === 'customer' ? ++customerNumber : 0;
    const hidden = anonymise && p.side === 'customer' && !isYou;
    return {
      userId: p.userId,
      displayName: hidden ? `Customer ${number}` : p.name,
      email: hidden || !(isYou || seesEmails(viewer.role)) ? null : p.email,
      role: p.role,
      side: p.side,
      kind: p.kind,
      isYou,
      joinedAt: p.joinedAt.toISOString(),
    };
  });
}
