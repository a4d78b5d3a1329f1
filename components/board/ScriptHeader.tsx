'use client';

import { useState } from 'react';
import type { ScriptMap } from '@/lib/shared/board-doc/layout';
import { textOf } from '@/lib/shared/board-doc/layout';
import { cn } from '@/lib/utils';
import { useEditor } from './editor-context';
import { TextCell } from './TextCell';

/**
 * The script's title and the customer's job to be done and outcome, against
 * which every step is read: one row on a desktop; on a phone the job and
 * outcome fold away so the current step stays on screen.
 */
export function ScriptHeader({ script, scriptId }: { script: ScriptMap; scriptId: string }) {
  const { readOnly } = useEditor();
  const [showMore, setShowMore] = useState(false);
  return (
    <div className="grid gap-x-4 gap-y-2 rounded-xl border border-line bg-white px-3 py-2 lg:grid-cols-[minmax(0,0.8fr)_minmax(0,1fr)_minmax(0,1fr)]">
      <div className="flex items-start gap-2">
        <TextCell
          key={`${scriptId}/title`}
          text={textOf(script, 'title')}
          fieldKey={`${scriptId}/title`}
          label="Script title"
          placeholder="Name this scenario"
          readOnlyReason={readOnly}
          className="min-w-0 flex-1 text-base font-semibold [&_textarea]:text-base [&_div]:text-base [&_textarea]:leading-6 [&_div]:leading-6"
        />
        <button
          type="button"
          className="mt-1 shrink-0 rounded-md px-2 py-1 text-xs font-medium text-brand-ink hover:bg-indigo-50 sm:hidden"
          aria-expanded={showMore}
          onClick={() => setShowMore((v) => !v)}
        >
          {showMore ? 'Hide job & outcome' : 'Job & outcome'}
        </button>
      </div>
      <div className={cn(!showMore && 'max-sm:hidden')}>
        <h3 className="px-2 text-xs font-semibold tracking-wide text-muted uppercase">Job to be done</h3>
        <TextCell
          text={textOf(script, 'job')}
          fieldKey={`${scriptId}/job`}
          label="Customer's job to be done"
          placeholder="What is the customer trying to get done?"
          readOnlyReason={readOnly}
        />
      </div>
      <div className={cn(!showMore && 'max-sm:hidden')}>
        <h3 className="px-2 text-xs font-semibold tracking-wide text-muted uppercase">Outcome they want</h3>
        <TextCell
          text={textOf(script, 'outcome')}
          fieldKey={`${scriptId}/outcome`}
          label="Outcome the customer wants"
          placeholder="How will they know it went well?"
          readOnlyReason={readOnly}
        />
      </div>
    </div>
  );
}
