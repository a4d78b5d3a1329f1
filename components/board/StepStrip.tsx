'use client';

import { cn } from '@/lib/utils';
import type { StepView } from './use-board-doc';

/** The script at a glance: how many steps, and each by name to jump to (a mini-map for long scripts). */
export function StepStrip({ steps, currentId, onJump }: { steps: StepView[]; currentId: string | null; onJump(stepId: string): void }) {
  return (
    <nav aria-label="Steps of this script" className="flex min-w-0 items-center gap-2 text-sm">
      <span className="shrink-0 font-medium text-muted" data-testid="step-count">
        {steps.length} step{steps.length === 1 ? '' : 's'}
      </span>
      <ol className="flex min-w-0 gap-1 overflow-x-auto py-0.5">
        {steps.map((step, i) => (
          <li key={step.id} className="shrink-0">
            <button
              type="button"
              aria-current={step.id === currentId ? 'step' : undefined}
              className={cn('max-w-40 truncate rounded-full border px-2.5 py-0.5 text-xs', step.id === currentId ? 'border-brand bg-indigo-50 text-ink' : 'border-line bg-white text-muted hover:text-ink')}
              onClick={() => onJump(step.id)}
            >
              {i + 1}. {step.title || `Step ${i + 1}`}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
