'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { canDeleteContent, canWriteLane, LANE_READ_ONLY_REASON } from '@/lib/shared/board-doc/access';
import type { LaneView } from '@/lib/shared/board-doc/lanes';
import type { ScriptMap } from '@/lib/shared/board-doc/layout';
import { renameStep } from '@/lib/shared/board-doc/steps';
import { cn } from '@/lib/utils';
import { useEditor } from './editor-context';
import type { StepCommand } from '@/lib/client/board/step-commands';
import { StepProposals } from '@/components/proposals/StepProposals';
import { StepHeader } from './StepHeader';
import { LANE_WIDTH, STEP_WIDTH } from './grid-metrics';
import { LaneCell } from './LaneCell';
import type { StepView } from './use-board-doc';

const OVERSCAN = 2;

interface BlueprintGridProps {
  script: ScriptMap;
  scriptId: string;
  lanes: LaneView[];
  steps: StepView[];
  currentStepId: string | null;
  /** Bumped when the view must scroll to the current step (following someone, opening a link). */
  scrollRequest: number;
  onFocusStep(stepId: string): void;
  onCommand(stepId: string, command: StepCommand): void;
  onDropStep(dragged: string, target: string): void;
}

/**
 * Steps are columns, lanes are rows with sticky headers. Only the columns in
 * view (plus a few) are rendered, so a 200-step script stays light to type in.
 */
export function BlueprintGrid(props: BlueprintGridProps) {
  const { script, scriptId, lanes, steps, currentStepId, onFocusStep, onCommand, onDropStep } = props;
  const { conn, actor, readOnly } = useEditor();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ left: 0, width: 1200 });
  const first = Math.max(0, Math.floor(view.left / STEP_WIDTH) - OVERSCAN);
  const last = Math.min(steps.length, Math.ceil((view.left + view.width) / STEP_WIDTH) + OVERSCAN);
  const visible = steps.slice(first, last);

  // A step moved by someone else re-orders the DOM, which drops focus: put the caret back where it was.
  const active = typeof document === 'undefined' ? null : document.activeElement;
  const saved = active instanceof HTMLTextAreaElement && scroller.current?.contains(active) ? { el: active, start: active.selectionStart, end: active.selectionEnd } : null;
  useLayoutEffect(() => {
    if (saved && saved.el.isConnected && document.activeElement !== saved.el) {
      saved.el.focus({ preventScroll: true });
      saved.el.setSelectionRange(saved.start, saved.end);
    }
  });

  useLayoutEffect(() => {
    const el = scroller.current!;
    const measure = () => setView({ left: el.scrollLeft, width: el.clientWidth });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const index = steps.findIndex((s) => s.id === currentStepId);
    const el = scroller.current;
    if (index < 0 || !el) return;
    const left = index * STEP_WIDTH;
    if (left < el.scrollLeft || left + STEP_WIDTH > el.scrollLeft + el.clientWidth - LANE_WIDTH) el.scrollLeft = Math.max(0, left - STEP_WIDTH);
    // Only when asked: a scroll on every focus change would fight the user's own scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.scrollRequest]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!e.altKey || !e.shiftKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') || readOnly) return;
    const stepId = (e.target as HTMLElement).closest<HTMLElement>('[data-step-id]')?.dataset.stepId;
    if (!stepId) return;
    e.preventDefault();
    onCommand(stepId, e.key === 'ArrowLeft' ? 'move-left' : 'move-right');
  };

  const spacer = (count: number) => (count > 0 ? <div aria-hidden="true" style={{ width: count * STEP_WIDTH }} className="shrink-0" /> : null);
  const totalWidth = LANE_WIDTH + steps.length * STEP_WIDTH;

  return (
    <div
      ref={scroller}
      className="relative max-h-[calc(100dvh-14rem)] min-h-80 overflow-auto rounded-xl border border-line bg-white"
      onScroll={(e) => setView({ left: e.currentTarget.scrollLeft, width: e.currentTarget.clientWidth })}
      onKeyDown={onKeyDown}
      role="region"
      aria-label="Blueprint: steps are columns, lanes are rows"
      data-testid="blueprint"
    >
      <div style={{ width: totalWidth }}>
        <div className="sticky top-0 z-20 flex border-b border-line bg-white">
          <div className="sticky left-0 z-30 flex shrink-0 items-center bg-white px-3 text-xs font-semibold tracking-wide text-muted uppercase" style={{ width: LANE_WIDTH }}>
            Lanes
          </div>
          {spacer(first)}
          {visible.map((step, i) => (
            <div key={step.id} className="shrink-0 p-1" style={{ width: STEP_WIDTH }}>
              <StepHeader
                stepId={step.id}
                index={first + i}
                count={steps.length}
                title={step.title}
                canEdit={readOnly === null}
                canDelete={canDeleteContent(actor)}
                isCurrent={step.id === currentStepId}
                onCommand={(command) => onCommand(step.id, command)}
                onDropStep={(dragged) => onDropStep(dragged, step.id)}
                onRename={(title) => conn.act(() => renameStep(script, step.id, title))}
                onSelect={() => onFocusStep(step.id)}
                extra={<StepProposals scriptId={scriptId} stepId={step.id} index={first + i} count={steps.length} />}
              />
            </div>
          ))}
          {spacer(steps.length - last)}
        </div>
        {lanes.map((lane) => {
          const writable = canWriteLane(actor, lane);
          const reason = readOnly ?? (writable ? null : LANE_READ_ONLY_REASON);
          return (
            <div key={lane.id} className="flex border-b border-line last:border-b-0" data-lane-id={lane.id}>
              <div
                className={cn('sticky left-0 z-10 shrink-0 border-r border-line px-3 py-2 text-sm font-medium', lane.customerWritable ? 'bg-amber-50' : 'bg-stone-50')}
                style={{ width: LANE_WIDTH }}
              >
                <h4>{lane.name}</h4>
                {!writable && !readOnly && <p className="mt-1 text-xs font-normal text-muted">{LANE_READ_ONLY_REASON}</p>}
              </div>
              {spacer(first)}
              {visible.map((step, i) => (
                <div key={step.id} className="min-h-16 shrink-0 border-r border-line p-1" style={{ width: STEP_WIDTH }} data-step-id={step.id}>
                  <LaneCell
                    script={script}
                    scriptId={scriptId}
                    stepId={step.id}
                    lane={lane}
                    label={`${lane.name}, step ${first + i + 1}`}
                    readOnlyReason={reason}
                    onFocus={() => onFocusStep(step.id)}
                  />
                </div>
              ))}
              {spacer(steps.length - last)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
