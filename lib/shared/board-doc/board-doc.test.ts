import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addLane,
  addScript,
  addStep,
  addStepAt,
  cellText,
  deleteScript,
  deleteStep,
  duplicateStep,
  getScript,
  listLanes,
  listScripts,
  listSteps,
  moveLane,
  moveScript,
  moveStep,
  renameLane,
  renameScript,
  seedBoardContent,
  setLaneCustomerWritable,
  setLaneHidden,
  textOf,
  findCell,
} from './index';

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  seedBoardContent(doc);
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('seedBoardContent', () => {
  it('creates the default lanes and one script of three empty steps', () => {
    const doc = seeded();
    expect(listLanes(doc).map((l) => [l.name, l.customerWritable])).toEqual([
      ['Customer does', true],
      ['Customer needs to know', true],
      ['Staff do (front stage)', false],
      ['Behind the scenes', false],
      ['Touchpoint', false],
      ['Pain points & ideas', true],
    ]);
    const [script] = listScripts(doc);
    expect(script?.title).toBe('Main scenario');
    const map = getScript(doc, script!.id)!;
    expect(textOf(map, 'job')).toBeInstanceOf(Y.Text);
    expect(textOf(map, 'outcome')).toBeInstanceOf(Y.Text);
    const steps = listSteps(map);
    expect(steps).toHaveLength(3);
    for (const step of steps) for (const lane of listLanes(doc)) expect(findCell(map, step.id, lane.id)?.toString()).toBe('');
  });

  it('is deterministic, so two servers seeding at once leave one copy', () => {
    const a = seeded();
    const b = seeded();
    sync(a, b);
    expect(listLanes(a)).toHaveLength(6);
    expect(listScripts(b)).toHaveLength(1);
    expect(a.getMap('scripts').toJSON()).toEqual(b.getMap('scripts').toJSON());
  });

  it('leaves a document with content alone', () => {
    const doc = seeded();
    renameLane(doc, 'customer-does', 'Guest does');
    seedBoardContent(doc);
    expect(listLanes(doc)[0]?.name).toBe('Guest does');
  });
});

describe('lanes', () => {
  it('adds (with a cell in every step), renames, hides, reorders and sets the customer permission', () => {
    const doc = seeded();
    const id = addLane(doc, { name: 'Emotions' }, 1);
    expect(listLanes(doc)[1]?.id).toBe(id);
    const script = getScript(doc, listScripts(doc)[0]!.id)!;
    for (const step of listSteps(script)) expect(findCell(script, step.id, id)).toBeInstanceOf(Y.Text);
    renameLane(doc, id, 'Feelings');
    setLaneHidden(doc, id, true);
    setLaneCustomerWritable(doc, id, true);
    moveLane(doc, id, 6);
    const last = listLanes(doc).at(-1)!;
    expect(last).toMatchObject({ id, name: 'Feelings', hidden: true, customerWritable: true, kind: 'custom' });
  });
});

describe('scripts', () => {
  it('adds, renames, reorders and deletes scripts', () => {
    const doc = seeded();
    const first = listScripts(doc)[0]!.id;
    const id = addScript(doc, { title: 'Return an item', steps: 2 });
    expect(listSteps(getScript(doc, id)!)).toHaveLength(2);
    renameScript(doc, id, 'Return a drink');
    moveScript(doc, id, 0);
    expect(listScripts(doc).map((s) => s.title)).toEqual(['Return a drink', 'Main scenario']);
    deleteScript(doc, first);
    expect(listScripts(doc).map((s) => s.id)).toEqual([id]);
  });

  it('undoes a deletion with an undo manager', () => {
    const doc = seeded();
    const undo = new Y.UndoManager([doc.getMap('scripts')]);
    const id = listScripts(doc)[0]!.id;
    deleteScript(doc, id);
    expect(listScripts(doc)).toHaveLength(0);
    undo.undo();
    expect(listScripts(doc)[0]?.title).toBe('Main scenario');
  });
});

describe('steps', () => {
  const setup = () => {
    const doc = seeded();
    const script = getScript(doc, listScripts(doc)[0]!.id)!;
    return { doc, script, ids: listSteps(script).map((s) => s.id) };
  };

  it('adds before and after, and at an index', () => {
    const { script, ids } = setup();
    const before = addStep(script, ids[0]!, 'before');
    const after = addStep(script, ids[2]!, 'after');
    const mid = addStepAt(script, 2);
    expect(listSteps(script).map((s) => s.id)).toEqual([before, ids[0], mid, ids[1], ids[2], after]);
    expect(findCell(script, mid, 'touchpoint')).toBeInstanceOf(Y.Text);
  });

  it('duplicates a step as a new step with the same text right after it', () => {
    const { script, ids } = setup();
    cellText(script, ids[0]!, 'customer-does').insert(0, 'Queue');
    const copy = duplicateStep(script, ids[0]!);
    expect(listSteps(script).map((s) => s.id)).toEqual([ids[0], copy, ids[1], ids[2]]);
    expect(findCell(script, copy, 'customer-does')?.toString()).toBe('Queue');
    cellText(script, copy, 'customer-does').insert(5, '!');
    expect(findCell(script, ids[0]!, 'customer-does')?.toString()).toBe('Queue');
  });

  it('moves and deletes steps', () => {
    const { script, ids } = setup();
    moveStep(script, ids[0]!, 2);
    expect(listSteps(script).map((s) => s.id)).toEqual([ids[1], ids[2], ids[0]]);
    moveStep(script, ids[0]!, 0);
    expect(listSteps(script).map((s) => s.id)).toEqual(ids);
    deleteStep(script, ids[1]!);
    expect(listSteps(script).map((s) => s.id)).toEqual([ids[0], ids[2]]);
  });

  it('keeps typing that happens concurrently with a move of the step', () => {
    const a = seeded();
    const b = new Y.Doc();
    sync(a, b);
    const scriptId = listScripts(a)[0]!.id;
    const sa = getScript(a, scriptId)!;
    const sb = getScript(b, scriptId)!;
    const [first] = listSteps(sa).map((s) => s.id);
    moveStep(sa, first!, 2);
    cellText(sb, first!, 'customer-does').insert(0, 'Orders a flat white');
    sync(a, b);
    expect(listSteps(sb).at(-1)?.id).toBe(first);
    expect(findCell(sa, first!, 'customer-does')?.toString()).toBe('Orders a flat white');
  });

  it('gives everyone the same order after concurrent inserts at one spot', () => {
    const a = seeded();
    const b = new Y.Doc();
    sync(a, b);
    const scriptId = listScripts(a)[0]!.id;
    const ids = listSteps(getScript(a, scriptId)!).map((s) => s.id);
    addStep(getScript(a, scriptId)!, ids[0]!, 'after');
    addStep(getScript(b, scriptId)!, ids[0]!, 'after');
    sync(a, b);
    expect(listSteps(getScript(a, scriptId)!)).toEqual(listSteps(getScript(b, scriptId)!));
    expect(listSteps(getScript(a, scriptId)!)).toHaveLength(5);
  });
});

describe('steps made by customers', () => {
  it('get cells only in the lanes given, and a copy keeps only those', () => {
    const doc = seeded();
    const script = getScript(doc, listScripts(doc)[0]!.id)!;
    const [first] = listSteps(script).map((s) => s.id);
    cellText(script, first!, 'backstage').insert(0, 'Grind beans');
    cellText(script, first!, 'customer-does').insert(0, 'Orders');
    const lanes = ['customer-does', 'pain-ideas'];
    const added = addStep(script, first!, 'after', lanes);
    expect(findCell(script, added, 'backstage')).toBeUndefined();
    expect(findCell(script, added, 'pain-ideas')).toBeInstanceOf(Y.Text);
    const copy = duplicateStep(script, first!, lanes);
    expect(findCell(script, copy, 'customer-does')?.toString()).toBe('Orders');
    expect(findCell(script, copy, 'backstage')).toBeUndefined();
    const scriptId = addScript(doc, { title: 'Customer idea', lanes });
    const step = listSteps(getScript(doc, scriptId)!)[0]!;
    expect(findCell(getScript(doc, scriptId)!, step.id, 'touchpoint')).toBeUndefined();
  });
});
