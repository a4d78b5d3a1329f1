import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Fractional-index ranks: strings that sort between any two others, so an item
 * moves by changing its own rank and keeps its identity (and the edits being
 * made inside it). Two people inserting at the same spot can produce the same
 * rank; `compareRanked` breaks that tie by id so every client sees one order.
 */

/** A rank strictly between `before` and `after` (null = open end). Tolerates swapped or equal bounds. */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null) {
    if (before === after) return generateKeyBetween(before, null);
    if (before > after) return generateKeyBetween(after, before);
  }
  return generateKeyBetween(before, after);
}

/** `n` increasing ranks between `before` and `after`. */
export function ranksBetween(before: string | null, after: string | null, n: number): string[] {
  return generateNKeysBetween(before, after, n);
}

export interface Ranked {
  id: string;
  rank: string;
}

export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The rank for putting an item at `index` of `ordered` (which must not contain the item itself). */
export function rankAt(ordered: readonly Ranked[], index: number): string {
  const i = Math.max(0, Math.min(index, ordered.length));
  const before = ordered[i - 1]?.rank ?? null;
  const after = ordered[i]?.rank ?? null;
  if (before === null || after === null || before < after) return generateKeyBetween(before, after);
  // Equal neighbours (two concurrent inserts) leave no room between them: go past the tie.
  const next = ordered.slice(i).find((item) => item.rank > before)?.rank ?? null;
  return generateKeyBetween(before, next);
}
