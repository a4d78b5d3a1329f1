import type { LaneKind } from './layout';

/** What belongs in a lane's cell, shown in empty cells so a newcomer knows what to write. */
export const LANE_HINTS: Record<LaneKind, string> = {
  'customer-does': 'What does the customer do here?',
  'customer-knows': 'What must they know at this moment?',
  'staff-front': 'What do staff do in front of them?',
  backstage: 'What happens behind the scenes?',
  touchpoint: 'Which thing, screen or place is involved?',
  'pain-ideas': 'What goes wrong? Any ideas?',
  custom: 'Add a note',
};
