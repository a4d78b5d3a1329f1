import { describe, expect, it } from 'vitest';
import { continueList } from './lists';

describe('continueList', () => {
  it('continues bullet and numbered items', () => {
    expect(continueList('- milk', 6)).toEqual({ splice: { index: 6, remove: 0, insert: '\n- ' }, caret: 9 });
    expect(continueList('a\n  2. pay', 10)?.splice.insert).toBe('\n  3. ');
  });

  it('ends the list on an empty item', () => {
    expect(continueList('- milk\n- ', 9)).toEqual({ splice: { index: 7, remove: 2, insert: '' }, caret: 7 });
  });

  it('leaves plain lines to a normal line break', () => {
    expect(continueList('Orders a drink', 14)).toBeNull();
    expect(continueList('-minus', 6)).toBeNull();
  });
});
