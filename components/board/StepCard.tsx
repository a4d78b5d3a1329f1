'use client';

import { useEffect, useRef } from 'react';
import { canDeleteContent, canWriteLane, LANE_READ_ONLY_REASON } from '@/lib/shared/board-doc/access';
import type { LaneView } from '@/lib/shared/board-doc/lanes';
import type { ScriptMap } from '@/lib/shared/board-doc/layout';
import { renameStep } from '@/lib/shared/board-doc/steps';
import type { StepCommand } from '@/lib/client/board/step-commands';
import { useEditor } from './editor-context';
import { LaneCell } from './LaneCell';
import { StepProposals } from '@/components/proposals/StepProposals';
import { StepHeader } from './StepHeader';
import type { StepView } from './use-board-doc';

interface StepCardProps {
  script: ScriptMap;
  scriptId: string;
  lanes: LaneView[];
  steps: StepView[];
  currentStepId: string | null;
  onFocusStep(stepId: string): void;
  onCommand(stepId: string, command: StepCommand): void;
}

const SWIPE_PX = 60;

/** Narrow screens: one step at a time as a card of its lanes; previous/next by buttons, swipe, or ←/→ on the card. */
export function StepCard({ script, scriptId, lanes, steps, currentStepId, onFocusStep, onCommand }: StepCardProps) {
  const { conn, actor, readOnly } = useEditor();
  const card = useRef<HTMLElement>(null);
  const touch = useRef<{ x: number; y: number } | null>(null);
  const index = Math.max(0, steps.findIndex((s) => s.id === currentStepId));
  const step = steps[index];

  // The step a link names is the reason the page was opened: bring it on screen.
  useEffect(() => {
    card.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  if (!step) return <p className="text-sm text-muted">This script has no steps yet.</p>;
  const go = (delta: number) => {
    const next = steps[index + delta];
    if (next) onFocusStep(next.id);
  };
  const name = step.title || `Step ${index + 1}`;

  return (
    <section
      ref={card}
      aria-label={`${name}, step ${index + 1} of ${steps.length}`}
      className="space-y-3 rounded-xl border border-line bg-white p-3"
      data-step-id={step.id}
      onTouchStart={(e) => {
        const t = e.touches[0]!;
        touch.current = { x: t.clientX, y: t.clientY };
      }}
      onTouchEnd={(e) => {
        const start = touch.current;
        touch.current = null;
        const t = e.changedTouches[0];
        if (!start || !t) return;
        const dx = t.clientX - start.x;
        // Mostly sideways: a swipe; mostly up or down: the page scrolling.
        if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > 2 * Math.abs(t.clientY - start.y)) go(dx < 0 ? 1 : -1);
      }}
      onKeyDown={(e) => {
        // Arrows belong to the text while typing.
        if (e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement || e.altKey) return;
        if (e.key === 'ArrowRight') go(1);
        if (e.key === 'ArrowLeft') go(-1);
      }}
    >
      <div className="flex items-center justify-between gap-2">
        <button type="button" className="rounded-lg border border-line px-3 py-2 text-sm disabled:opacity-40" disabled={index === 0} onClick={() => go(-1)}>
          ← Previous
        </button>
        <p className="text-sm font-medium text-muted" aria-live="polite" data-testid="step-position">
          Step {index + 1} of {steps.length}
        </p>
        <button type="button" className="rounded-lg border border-line px-3 py-2 text-sm disabled:opacity-40" disabled={index === steps.length - 1} onClick={() => go(1)}>
          Next →
        </button>
      </div>
      <StepHeader
        stepId={step.id}
        index={index}
        count={steps.length}
        title={step.title}
        canEdit={readOnly === null}
        canDelete={canDeleteContent(actor)}
        isCurrent
        draggable={false}
        onCommand={(c) => onCommand(step.id, c)}
        onDropStep={() => {}}
        onRename={(title) => conn.act(() => renameStep(script, step.id, title))}
        onSelect={() => {}}
        extra={<StepProposals scriptId={scriptId} stepId={step.id} index={index} count={steps.length} />}
      />
      {lanes.map((lane) => {
        const reason = readOnly ?? (canWriteLane(actor, lane) ? null : LANE_READ_ONLY_REASON);
        return (
          <div key={lane.id} className={`rounded-lg border border-line p-2 ${lane.customerWritable ? 'bg-amber-50/60' : ''}`} data-lane-id={lane.id}>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">{lane.name}</h4>
            <div className="min-h-12">
              <LaneCell script={script} scriptId={scriptId} stepId={step.id} lane={lane} label={`${lane.name}, step ${index + 1}`} readOnlyReason={reason} onFocus={() => onFocusStep(step.id)} />
            </div>
          </div>
        );
      })}
    </section>
  );
}
