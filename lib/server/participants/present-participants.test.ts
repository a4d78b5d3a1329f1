import { describe, expect, it } from 'vitest';
import { presentParticipants, type ParticipantRecord } from './present-participants';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const people: ParticipantRecord[] = [
  { userId: 'c2', name: 'Bea', email: 'bea@x.test', kind: 'guest', role: 'contributor', side: 'customer', joinedAt: at(3) },
  { userId: 'o1', name: 'Olga', email: 'olga@x.test', kind: 'staff', role: 'owner', side: 'firm', joinedAt: at(0) },
  { userId: 'c1', name: 'Ann', email: 'ann@x.test', kind: 'guest', role: 'contributor', side: 'customer', joinedAt: at(1) },
  { userId: 'e1', name: 'Ed', email: 'ed@x.test', kind: 'staff', role: 'editor', side: 'firm', joinedAt: at(2) },
  { userId: 'c3', name: 'Cid', email: 'cid@x.test', kind: 'guest', role: 'observer', side: 'customer', joinedAt: at(4) },
];

const names = (list: ReturnType<typeof presentParticipants>) => list.map((p) => p.displayName);

describe('presentParticipants', () => {
  it('numbers customers by join order for a contributor on an anonymous board, keeping their own name', () => {
    const seen = presentParticipants(people, { userId: 'c2', role: 'contributor' }, 'anonymous');
    expect(names(seen)).toEqual(['Olga', 'Customer 1', 'Ed', 'Bea', 'Customer 3']);
    expect(seen.find((p) => p.userId === 'c2')).toMatchObject({ isYou: true, email: 'bea@x.test' });
    expect(seen.filter((p) => p.side === 'customer' && !p.isYou).every((p) => p.email === null)).toBe(true);
  });

  it('keeps a customer number when people who joined later leave', () => {
    const before = presentParticipants(people, { userId: 'e1', role: 'editor' }, 'anonymous');
    const after = presentParticipants(people.filter((p) => p.userId !== 'c3'), { userId: 'e1', role: 'editor' }, 'anonymous');
    expect(after.find((p) => p.userId === 'c2')!.displayName).toBe(before.find((p) => p.userId === 'c2')!.displayName);
  });

  it('shows owners and moderators every name and email', () => {
    for (const role of ['owner', 'moderator'] as const) {
      const seen = presentParticipants(people, { userId: 'o1', role }, 'anonymous');
      expect(names(seen)).toEqual(['Olga', 'Ann', 'Ed', 'Bea', 'Cid']);
      expect(seen.every((p) => p.email !== null)).toBe(true);
    }
  });

  it('shows names but not emails to others on a named board', () => {
    const seen = presentParticipants(people, { userId: 'c3', role: 'observer' }, 'named');
    expect(names(seen)).toEqual(['Olga', 'Ann', 'Ed', 'Bea', 'Cid']);
    expect(seen.filter((p) => !p.isYou).every((p) => p.email === null)).toBe(true);
  });
});
