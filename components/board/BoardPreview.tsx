import type { BoardSnapshot } from '@/lib/shared/board-doc/snapshot';
import { findStepByParam } from '@/lib/shared/board-doc/step-slug';
import { cn } from '@/lib/utils';
import { LANE_WIDTH, STEP_WIDTH } from './grid-metrics';

/**
 * The board as the server last had it, rendered with the page: the blueprint
 * is on screen at first paint, and the live editor replaces it in place once
 * it is connected (BoardCanvasSlot). Read-only and hidden from assistive
 * technology, which gets the live editor a moment later.
 */
export function BoardPreview({ snapshot, stepParam }: { snapshot: BoardSnapshot; stepParam: string | null }) {
  const { lanes, scripts, script } = snapshot;
  const cardIndex = script ? Math.max(0, script.steps.findIndex((s) => s.id === findStepByParam(script.steps, stepParam))) : 0;
  const card = script?.steps[cardIndex];
  return (
    <div className="space-y-2" aria-hidden="true" data-testid="board-preview">
      <div className="flex h-9 items-center justify-between gap-3">
        <ul className="flex min-w-0 gap-1 overflow-hidden">
          {scripts.map((s) => (
            <li key={s.id} className={cn('shrink-0 rounded-lg border px-3 py-1.5 text-sm font-medium', s.id === script?.id ? 'border-brand bg-indigo-50' : 'border-line bg-white')}>
              {s.title || 'Untitled script'}
            </li>
          ))}
        </ul>
      </div>
      {script && (
        <>
          <div className="grid gap-x-4 gap-y-2 rounded-xl border border-line bg-white px-3 py-2 lg:grid-cols-[minmax(0,0.8fr)_minmax(0,1fr)_minmax(0,1fr)]">
            <p className="px-2 py-1.5 text-base leading-6 font-semibold">{script.title}</p>
            <div className="max-sm:hidden">
              <p className="px-2 text-xs font-semibold tracking-wide text-muted uppercase">Job to be done</p>
              <p className="px-2 py-1.5 text-sm leading-5 whitespace-pre-wrap">{script.job}</p>
            </div>
            <div className="max-sm:hidden">
              <p className="px-2 text-xs font-semibold tracking-wide text-muted uppercase">Outcome they want</p>
              <p className="px-2 py-1.5 text-sm leading-5 whitespace-pre-wrap">{script.outcome}</p>
            </div>
          </div>
          {card && (
            <div className="space-y-3 rounded-xl border border-line bg-white p-3 sm:hidden">
              <p className="py-2 text-center text-sm font-medium text-muted">
                Step {cardIndex + 1} of {script.stepCount}
              </p>
              <p className="flex h-10 items-center gap-1.5 rounded-md bg-indigo-50 px-2 text-sm font-medium">{card.title || `Step ${cardIndex + 1}`}</p>
              {lanes.map((lane) => (
                <div key={lane.id} className={cn('rounded-lg border border-line p-2', lane.customerWritable && 'bg-amber-50/60')}>
                  <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">{lane.name}</p>
                  <p className="min-h-12 px-2 py-1.5 text-sm leading-5 whitespace-pre-wrap">{card.cells[lane.id]}</p>
                </div>
              ))}
            </div>
          )}
          <div className="max-h-[calc(100dvh-14rem)] min-h-80 overflow-hidden rounded-xl border border-line bg-white max-sm:hidden">
            <div className="flex border-b border-line">
              <div className="flex shrink-0 items-center px-3 text-xs font-semibold tracking-wide text-muted uppercase" style={{ width: LANE_WIDTH }}>
                Lanes
              </div>
              {script.steps.map((step, i) => (
                <div key={step.id} className="shrink-0 p-1" style={{ width: STEP_WIDTH }}>
                  <p className="flex h-10 items-center gap-1.5 rounded-md bg-stone-100 px-2 text-sm font-medium">
                    {step.title ? (
                      <>
                        <span className="text-xs text-muted">{i + 1}</span> {step.title}
                      </>
                    ) : (
                      `Step ${i + 1}`
                    )}
                  </p>
                </div>
              ))}
            </div>
            {lanes.map((lane) => (
              <div key={lane.id} className="flex border-b border-line last:border-b-0">
                <p className={cn('shrink-0 border-r border-line px-3 py-2 text-sm font-medium', lane.customerWritable ? 'bg-amber-50' : 'bg-stone-50')} style={{ width: LANE_WIDTH }}>
                  {lane.name}
                </p>
                {script.steps.map((step) => (
                  <p key={step.id} className="min-h-16 shrink-0 border-r border-line px-3 py-2.5 text-sm leading-5 whitespace-pre-wrap" style={{ width: STEP_WIDTH }}>
                    {step.cells[lane.id]}
                  </p>
                ))}
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
