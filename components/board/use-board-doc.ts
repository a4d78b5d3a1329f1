'use client';

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listLanes, type LaneView } from '@/lib/shared/board-doc/lanes';
import { lanesOf, scriptsOf, stepsOf, type ScriptMap } from '@/lib/shared/board-doc/layout';
import { listScripts, type ScriptSummary } from '@/lib/shared/board-doc/scripts';
import { listSteps, stepTitleText, type StepRef } from '@/lib/shared/board-doc/steps';

/**
 * Re-reads `read()` when `type` or what is under it changes, ignoring events
 * for which `relevant` says no (so typing in a cell does not re-render the grid).
 */
function useDerived<T>(type: Y.AbstractType<any> | null, read: () => T, relevant: (events: Array<Y.YEvent<any>>) => boolean, key: unknown): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    setValue(read());
    if (!type) return;
    const observer = (events: Array<Y.YEvent<any>>) => {
      if (relevant(events)) setValue(read());
    };
    type.observeDeep(observer);
    return () => type.unobserveDeep(observer);
    // `key` names what `read` reads; the callbacks themselves change every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [type, key]);
  return value;
}

function isTitle(target: Y.AbstractType<any>, scripts: Y.Map<ScriptMap>): boolean {
  const script = target.parent;
  return script?.parent === scripts && (script as ScriptMap).get('title') === target;
}

export function useLanes(doc: Y.Doc): LaneView[] {
  return useDerived(lanesOf(doc), () => listLanes(doc), () => true, doc);
}

/** Scripts in order with their titles: ignores everything inside steps. */
export function useScripts(doc: Y.Doc): ScriptSummary[] {
  const scripts = scriptsOf(doc);
  return useDerived(
    scripts,
    () => listScripts(doc),
    (events) => events.some((e) => e.target === scripts || e.target.parent === scripts || isTitle(e.target, scripts)),
    doc,
  );
}

/** A step in order with its name ('' when it has none: shown as "Step N"). */
export interface StepView extends StepRef {
  title: string;
}

function readSteps(script: ScriptMap): StepView[] {
  const maps = stepsOf(script);
  return listSteps(script).map((s) => ({ ...s, title: stepTitleText(maps.get(s.id)!)?.toString().trim() ?? '' }));
}

/** Steps of a script in order, with their names: reacts to steps added, removed, moved or renamed, not to typing in cells. */
export function useSteps(script: ScriptMap | undefined): StepView[] {
  const steps = (script?.get('steps') as Y.Map<unknown> | undefined) ?? null;
  return useDerived(
    steps,
    () => (script ? readSteps(script) : []),
    // The steps map, a step's rank or name, or a step's cells map gaining a lane; never typing inside a cell.
    (events) => events.some((e) => e.target === steps || e.target.parent === steps || e.target.parent?.parent === steps),
    script,
  );
}

/** The whole text of a Y.Text, for read-only places (titles in lists). */
export function useTextValue(text: Y.Text | undefined): string {
  return useDerived(text ?? null, () => text?.toString() ?? '', () => true, text);
}
