import { describe, expect, it } from 'vitest';
import { batchPerTurn } from './batch-per-turn';

describe('batchPerTurn', () => {
  it('answers the calls of one turn with one lookup, each with its own value', async () => {
    const lookups: string[][] = [];
    const load = batchPerTurn(async (keys: string[]) => {
      lookups.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
    }, (k) => k);
    expect(await Promise.all([load('a'), load('b'), load('a'), load('missing')])).toEqual(['A', 'B', 'A', undefined]);
    expect(lookups).toEqual([['a', 'b', 'missing']]);
    expect(await load('c')).toBe('C');
    expect(lookups).toHaveLength(2);
  });

  it('looks up the first of several calls with the same key', async () => {
    const load = batchPerTurn(async (calls: Array<{ id: number; who: string }>) => new Map(calls.map((c) => [String(c.id), c.who])), (c) => String(c.id));
    expect(await Promise.all([load({ id: 1, who: 'first' }), load({ id: 1, who: 'second' })])).toEqual(['first', 'first']);
  });

  it('rejects every call of a failed lookup, and the next turn starts afresh', async () => {
    let fail = true;
    const load = batchPerTurn(async (keys: string[]) => {
      if (fail) throw new Error('database away');
      return new Map(keys.map((k) => [k, 1]));
    }, (k) => k);
    const results = await Promise.allSettled([load('a'), load('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await load('a')).toBe(1);
  });
});
