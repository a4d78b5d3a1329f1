import type { BoardConnection } from './connection';
import type { ScriptMap } from '@/lib/shared/board-doc/layout';
import { addStep, deleteStep, duplicateStep, moveStep, type CellLanes, type StepRef } from '@/lib/shared/board-doc/steps';

/** What a step's menu and shortcuts can do to it. */
export type StepCommand = 'add-before' | 'add-after' | 'duplicate' | 'delete' | 'move-left' | 'move-right';

/** Runs a step action as one undoable change; returns the step to focus afterwards. */
export function runStepCommand(
  conn: BoardConnection,
  script: ScriptMap,
  steps: StepRef[],
  stepId: string,
  command: StepCommand,
  lanes: CellLanes,
): string | null {
  const index = steps.findIndex((s) => s.id === stepId);
  if (index < 0) return null;
  return conn.act(() => {
    switch (command) {
      case 'add-before':
        return addStep(script, stepId, 'before', lanes);
      case 'add-after':
        return addStep(script, stepId, 'after', lanes);
      case 'duplicate':
        return duplicateStep(script, stepId, lanes);
      case 'delete':
        deleteStep(script, stepId);
        return steps[index + 1]?.id ?? steps[index - 1]?.id ?? null;
      case 'move-left':
        if (index > 0) moveStep(script, stepId, index - 1);
        return stepId;
      case 'move-right':
        if (index < steps.length - 1) moveStep(script, stepId, index + 1);
        return stepId;
    }
  });
}

/** Drops `dragged` onto `target`: it lands after the target when coming from the left, before it otherwise. */
export function dropStep(conn: BoardConnection, script: ScriptMap, steps: StepRef[], dragged: string, target: string): void {
  const from = steps.findIndex((s) => s.id === dragged);
  const to = steps.findIndex((s) => s.id === target);
  if (from < 0 || to < 0 || from === to) return;
  const others = steps.filter((s) => s.id !== dragged);
  const targetIndex = others.findIndex((s) => s.id === target);
  conn.act(() => moveStep(script, dragged, from < to ? targetIndex + 1 : targetIndex));
}
