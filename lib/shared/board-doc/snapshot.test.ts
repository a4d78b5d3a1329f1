import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CAFE_TEMPLATE } from '../templates/cafe';
import { seedBoardContent } from './seed';
import { readSnapshot } from './snapshot';

describe('readSnapshot', () => {
  it('is plain data of the lanes, the script titles and the open script’s first steps', () => {
    const doc = new Y.Doc();
    seedBoardContent(doc, CAFE_TEMPLATE);
    const first = readSnapshot(doc, null, 3);
    expect(first.lanes.map((l) => l.id)).toEqual(['customer-does', 'customer-knows', 'staff-front', 'backstage', 'touchpoint', 'pain-ideas']);
    expect(first.scripts.map((s) => s.title)).toEqual(['Order a drink at the counter', 'Return an item']);
    expect(first.script).toMatchObject({ id: 'main', stepCount: 7 });
    expect(first.script!.steps.map((s) => s.title)).toEqual(['Walk in', 'Read the menu', 'Order']);
    expect(first.script!.steps[0]!.cells.touchpoint).toBe('Door, queue barrier, "Order here" sign');
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(readSnapshot(doc, 'script-2').script!.title).toBe('Return an item');
    expect(readSnapshot(new Y.Doc(), null).script).toBeNull();
  });
});
