'use client';

import type { ScriptMap } from '@/lib/shared/board-doc/layout';
import { textOf } from '@/lib/shared/board-doc/layout';
import { useEditor } from './editor-context';
import { TextCell } from './TextCell';

/** The script's title and the customer's job to be done and outcome, against which every step is read. */
export function ScriptHeader({ script, scriptId }: { script: ScriptMap; scriptId: string }) {
  const { readOnly } = useEditor();
  return (
    <div className="grid gap-3 rounded-xl border border-line bg-white p-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div className="sm:col-span-2">
        <TextCell
          key={`${scriptId}/title`}
          text={textOf(script, 'title')}
          fieldKey={`${scriptId}/title`}
          label="Script title"
          placeholder="Name this scenario"
          readOnlyReason={readOnly}
          className="text-lg font-semibold [&_textarea]:text-lg [&_div]:text-lg [&_textarea]:leading-7 [&_div]:leading-7"
        />
      </div>
      <div>
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Job to be done</h3>
        <TextCell
          text={textOf(script, 'job')}
          fieldKey={`${scriptId}/job`}
          label="Customer's job to be done"
          placeholder="What is the customer trying to get done?"
          readOnlyReason={readOnly}
          className="bg-stone-50"
        />
      </div>
      <div>
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Outcome they want</h3>
        <TextCell
          text={textOf(script, 'outcome')}
          fieldKey={`${scriptId}/outcome`}
          label="Outcome the customer wants"
          placeholder="How will they know it went well?"
          readOnlyReason={readOnly}
          className="bg-stone-50"
        />
      </div>
    </div>
  );
}
