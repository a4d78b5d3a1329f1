import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareRanked, rankAt, rankBetween, ranksBetween, type Ranked } from './rank';

describe('rankBetween', () => {
  it('sorts strictly between its bounds', () => {
    const a = rankBetween(null, null);
    const b = rankBetween(a, null);
    const mid = rankBetween(a, b);
    expect(a < mid && mid < b).toBe(true);
    expect(rankBetween(null, a) < a).toBe(true);
  });

  it('accepts swapped and equal bounds', () => {
    const a = rankBetween(null, null);
    const b = rankBetween(a, null);
    const m = rankBetween(b, a);
    expect(a < m && m < b).toBe(true);
    expect(rankBetween(a, a) > a).toBe(true);
  });

  it('keeps order under any sequence of inserts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 80 }), (positions) => {
        const ranks: string[] = [];
        for (const p of positions) {
          const i = p % (ranks.length + 1);
          ranks.splice(i, 0, rankBetween(ranks[i - 1] ?? null, ranks[i] ?? null));
        }
        expect([...ranks].sort()).toEqual(ranks);
        expect(new Set(ranks).size).toBe(ranks.length);
      }),
    );
  });
});

describe('ranksBetween', () => {
  it('makes n increasing ranks', () => {
    const r = ranksBetween(null, null, 5);
    expect(r).toHaveLength(5);
    expect([...r].sort()).toEqual(r);
  });
});

describe('compareRanked', () => {
  it('breaks rank ties by id so every client agrees', () => {
    const items: Ranked[] = [
      { id: 'b', rank: 'a1' },
      { id: 'a', rank: 'a1' },
      { id: 'c', rank: 'a0' },
    ];
    expect(items.sort(compareRanked).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('rankAt', () => {
  const list = (...ranks: string[]): Ranked[] => ranks.map((rank, i) => ({ id: `i${i}`, rank }));

  it('places at the start, middle and end', () => {
    const items = list('a0', 'a1', 'a2');
    expect(rankAt(items, 0) < 'a0').toBe(true);
    const mid = rankAt(items, 2);
    expect(mid > 'a1' && mid < 'a2').toBe(true);
    expect(rankAt(items, 3) > 'a2').toBe(true);
    expect(rankAt([], 0)).toBeTypeOf('string');
  });

  it('places past a tie without jumping over later items', () => {
    const items = list('a0', 'a1', 'a1', 'a2');
    const r = rankAt(items, 2);
    expect(r > 'a1' && r < 'a2').toBe(true);
  });
});
