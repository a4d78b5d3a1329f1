import { describe, expect, it } from 'vitest';
import type { BoardOutline } from '../board-doc/outline';
import { inverseOfCreated, planProposal } from './to-change';
import { wordDiff } from './word-diff';

const board: BoardOutline = {
  lanes: [{ id: 'does', name: 'Customer does', kind: 'customer-does', rank: 'a0', hidden: false, customerWritable: true }],
  scripts: [
    {
      id: 'main',
      title: 'Main',
      steps: [
        { id: 's1', cells: { does: 'Walk in' } },
        { id: 's2', cells: { does: 'Order' } },
      ],
    },
  ],
};
const target = { scriptId: 'main', stepId: 's1', laneId: 'does', proposedText: 'Walk in smiling', payload: {} };

describe('what accepting a proposal does', () => {
  it('a cell change sets the text and its undo restores the current text', () => {
    expect(planProposal({ kind: 'cell_change', ...target }, board)).toEqual({
      change: [{ op: 'setCellText', scriptId: 'main', stepId: 's1', laneId: 'does', text: 'Walk in smiling' }],
      inverse: [{ op: 'setCellText', scriptId: 'main', stepId: 's1', laneId: 'does', text: 'Walk in' }],
    });
  });

  it('a hand merge applies the merged text', () => {
    const plan = planProposal({ kind: 'cell_change', ...target }, board, 'merged');
    expect('change' in plan && plan.change?.[0]).toMatchObject({ text: 'merged' });
  });

  it('removing a step is undone by adding it back at its place with its cells; moving by moving back', () => {
    expect(planProposal({ kind: 'remove_step', ...target }, board)).toMatchObject({ inverse: [{ op: 'addStep', index: 0, cells: { does: 'Walk in' } }] });
    expect(planProposal({ kind: 'move_step', ...target, payload: { index: 9 } }, board)).toMatchObject({
      change: [{ op: 'moveStep', stepId: 's1', index: 1 }],
      inverse: [{ op: 'moveStep', stepId: 's1', index: 0 }],
    });
  });

  it('names what is gone instead of planning', () => {
    expect(planProposal({ kind: 'cell_change', ...target, stepId: 'gone' }, board)).toEqual({ missing: 'The step was deleted.' });
    expect(planProposal({ kind: 'idea', ...target, scriptId: 'gone' }, board)).toEqual({ missing: 'The script was deleted.' });
    expect(planProposal({ kind: 'cell_change', ...target, laneId: 'gone' }, board)).toEqual({ missing: 'The lane was deleted.' });
  });

  it('undoes what an accept created', () => {
    expect(inverseOfCreated('add_step', 'main', ['new'])).toEqual([{ op: 'removeStep', scriptId: 'main', stepId: 'new' }]);
    expect(inverseOfCreated('add_script', null, ['sc'])).toEqual([{ op: 'removeScript', scriptId: 'sc' }]);
  });
});

describe('word diff', () => {
  it('marks added and removed words', () => {
    expect(wordDiff('Order a coffee', 'Order a flat white')).toEqual([
      { text: 'Order a ', kind: 'same' },
      { text: 'coffee', kind: 'removed' },
      { text: 'flat white', kind: 'added' },
    ]);
  });
});
