'use client';

import { canDeleteContent, canWriteLane, LANE_READ_ONLY_REASON } from '@/lib/shared/board-doc/access';
import type { LaneView } from '@/lib/shared/board-doc/lanes';
import type { ScriptMap } from '@/lib/shared/board-doc/layout';
import type { StepRef } from '@/lib/shared/board-doc/steps';
import { useEditor } from './editor-context';
import { LaneCell } from './LaneCell';
import type { StepCommand } from '@/lib/client/board/step-commands';
import { StepProposals } from '@/components/proposals/StepProposals';
import { StepHeader } from './StepHeader';

interface StepCardProps {
  script: ScriptMap;
  scriptId: string;
  lanes: LaneView[];
  steps: StepRef[];
  currentStepId: string | null;
  onFocusStep(stepId: string): void;
  onCommand(stepId: string, command: StepCommand): void;
}

/** Narrow screens: one step at a time as a card of its lanes, with previous/next. */
export function StepCard({ script, scriptId, lanes, steps, currentStepId, onFocusStep, onCommand }: StepCardProps) {
  const { actor, readOnly } = useEditor();
  const index = Math.max(0, steps.findIndex((s) => s.id === currentStepId));
  const step = steps[index];
  if (!step) return <p className="text-sm text-muted">This script has no steps yet.</p>;
  return (
    <section aria-label={`Step ${index + 1} of ${steps.length}`} className="space-y-3 rounded-xl border border-line bg-white p-3" data-step-id={step.id}>
      <StepHeader stepId={step.id} index={index} count={steps.length} canEdit={readOnly === null} canDelete={canDeleteContent(actor)} isCurrent onCommand={(c) => onCommand(step.id, c)} onDropStep={() => {}} extra={<StepProposals scriptId={scriptId} stepId={step.id} index={index} count={steps.length} />} />
      {lanes.map((lane) => {
        const reason = readOnly ?? (canWriteLane(actor, lane) ? null : LANE_READ_ONLY_REASON);
        return (
          <div key={lane.id} className="rounded-lg border border-line p-2" data-lane-id={lane.id}>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">{lane.name}</h4>
            <div className="min-h-12">
              <LaneCell script={script} scriptId={scriptId} stepId={step.id} lane={lane} label={`${lane.name}, step ${index + 1}`} readOnlyReason={reason} onFocus={() => onFocusStep(step.id)} />
            </div>
          </div>
        );
      })}
      <div className="flex justify-between">
        <button type="button" className="rounded-lg border border-line px-3 py-1.5 text-sm disabled:opacity-40" disabled={index === 0} onClick={() => onFocusStep(steps[index - 1]!.id)}>
          ← Previous step
        </button>
        <button type="button" className="rounded-lg border border-line px-3 py-1.5 text-sm disabled:opacity-40" disabled={index === steps.length - 1} onClick={() => onFocusStep(steps[index + 1]!.id)}>
          Next step →
        </button>
      </div>
    </section>
  );
}
