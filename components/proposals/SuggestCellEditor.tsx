'use client';

import { useState } from 'react';
import { api, ApiError } from '@/lib/client/api';

interface Props {
  boardId: string;
  scriptId: string;
  stepId: string;
  laneId: string;
  label: string;
  current: string;
  onDone(): void;
}

/** Where a person may not edit a cell: they write the text they would like, with why, as a proposal. */
export function SuggestCellEditor({ boardId, scriptId, stepId, laneId, label, current, onDone }: Props) {
  const [text, setText] = useState(current);
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api('POST', `/api/v1/boards/${boardId}/proposals`, { kind: 'cell_change', scriptId, stepId, laneId, proposedText: text, ...(rationale ? { rationale } : {}) });
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? (Object.values(err.fields)[0]?.[0] ?? err.message) : 'Could not send the suggestion.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="space-y-2 rounded-md border border-brand/40 bg-white p-2" data-testid="suggest-editor" onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <label className="block text-xs font-medium">
        Your suggestion for “{label}”
        <textarea autoFocus className="mt-1 block w-full rounded border border-line px-2 py-1 text-sm" value={text} onChange={(e) => setText(e.target.value)} rows={3} />
      </label>
      <label className="block text-xs font-medium">
        Why (optional)
        <input className="mt-1 block w-full rounded border border-line px-2 py-1 text-sm" value={rationale} onChange={(e) => setRationale(e.target.value)} />
      </label>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" disabled={busy || text === current} className="rounded bg-brand px-2 py-1 text-xs font-medium text-white disabled:opacity-50">
          Send suggestion
        </button>
        <button type="button" onClick={onDone} className="rounded border border-line px-2 py-1 text-xs">
          Cancel
        </button>
      </div>
    </form>
  );
}
