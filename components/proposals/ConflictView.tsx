'use client';

import { useState } from 'react';

interface Props {
  base: string;
  current: string;
  proposed: string;
  busy: boolean;
  onAcceptProposed(): void;
  onAcceptMerged(text: string): void;
  onAskUpdate(reason: string): void;
}

/** The cell changed since the proposal was made: base, current and proposed side by side, and a hand merge. */
export function ConflictView({ base, current, proposed, busy, onAcceptProposed, onAcceptMerged, onAskUpdate }: Props) {
  const [merged, setMerged] = useState(proposed);
  const [reason, setReason] = useState('');
  const column = (title: string, text: string, testId: string) => (
    <div className="min-w-0 flex-1">
      <p className="text-xs font-semibold text-muted">{title}</p>
      <p className="whitespace-pre-wrap rounded bg-slate-50 px-2 py-1 text-sm" data-testid={testId}>
        {text || '—'}
      </p>
    </div>
  );
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2" data-testid="conflict-view" role="group" aria-label="Conflict">
      <p className="text-xs text-amber-900">The cell changed since this proposal was made.</p>
      <div className="flex flex-col gap-2 sm:flex-row">
        {column('When proposed', base, 'conflict-base')}
        {column('Now', current, 'conflict-current')}
        {column('Proposed', proposed, 'conflict-proposed')}
      </div>
      <label className="block text-xs font-medium">
        Merged text
        <textarea className="mt-1 block w-full rounded border border-line px-2 py-1 text-sm" rows={3} value={merged} onChange={(e) => setMerged(e.target.value)} />
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={busy} className="rounded bg-brand px-2 py-1 text-xs text-white" onClick={() => onAcceptMerged(merged)}>
          Accept merged text
        </button>
        <button type="button" disabled={busy} className="rounded border border-line px-2 py-1 text-xs" onClick={onAcceptProposed}>
          Accept proposed text
        </button>
      </div>
      <div className="flex gap-2">
        <input className="min-w-0 flex-1 rounded border border-line px-2 py-1 text-xs" placeholder="What should the author change?" aria-label="What should the author change?" value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="button" disabled={busy || !reason.trim()} className="rounded border border-line px-2 py-1 text-xs" onClick={() => onAskUpdate(reason)}>
          Ask the author to update
        </button>
      </div>
    </div>
  );
}
