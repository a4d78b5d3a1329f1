import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CAFE_TEMPLATE } from '../templates/cafe';
import { searchBoard } from './search';
import { seedBoardContent } from './seed';

describe('searchBoard', () => {
  it('finds steps by name and by cell text across scripts, in order', () => {
    const doc = new Y.Doc();
    seedBoardContent(doc, CAFE_TEMPLATE);
    expect(searchBoard(doc, 'pay').map((h) => [h.scriptTitle, h.stepTitle, h.where])).toEqual([['Order a drink at the counter', 'Pay', 'Step name']]);
    expect(searchBoard(doc, 'receipt').map((h) => [h.scriptTitle, h.stepTitle, h.where])).toEqual([
      ['Order a drink at the counter', 'Pay', 'Pain points & ideas'],
      ['Return an item', 'Bring it back', 'Customer does'],
    ]);
    const lids = searchBoard(doc, 'LIDS');
    expect(lids.map((h) => h.stepTitle)).toEqual(['Drink']);
    expect(lids[0]!.snippet.toLowerCase()).toContain('lids');
    expect(searchBoard(doc, '   ')).toEqual([]);
  });
});
