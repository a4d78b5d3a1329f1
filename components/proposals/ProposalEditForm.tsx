'use client';

import { useState } from 'react';
import { api, ApiError } from '@/lib/client/api';
import type { TProposalEdit, TProposalSummary } from '@/lib/shared/schemas/proposal';

/** The author's edit of their open proposal; the server republishes it, so the panel updates for everyone. */
export function ProposalEditForm({ path, proposal: p, onDone }: { path: string; proposal: TProposalSummary; onDone(): void }) {
  const isCell = p.kind === 'cell_change';
  const [title, setTitle] = useState(p.title);
  const [rationale, setRationale] = useState(p.rationale);
  const [text, setText] = useState(p.proposedText ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const edit: TProposalEdit = { title, rationale, ...(isCell ? { proposedText: text } : {}) };
      await api('PATCH', path, edit);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? (Object.values(err.fields)[0]?.[0] ?? err.message) : 'Could not save the proposal.');
    } finally {
      setBusy(false);
    }
  };
  const field = 'mt-1 block w-full rounded border border-line px-2 py-1 text-sm';
  return (
    <form onSubmit={submit} className="space-y-2 rounded-md border border-brand/40 bg-white p-2" data-testid="proposal-edit" onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      {isCell && (
        <label className="block text-xs font-medium">
          Proposed text
          <textarea autoFocus className={field} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      )}
      <label className="block text-xs font-medium">
        {isCell ? 'Title (optional)' : 'Title'}
        {/* Only cell changes may go untitled (the create schema); the edit schema alone would let a title be blanked. */}
        <input autoFocus={!isCell} required={!isCell} className={field} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="block text-xs font-medium">
        Why (optional)
        <textarea className={field} rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} />
      </label>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" disabled={busy} className="rounded bg-brand px-2 py-1 text-xs font-medium text-white disabled:opacity-50">
          Save changes
        </button>
        <button type="button" onClick={onDone} className="rounded border border-line px-2 py-1 text-xs">
          Cancel
        </button>
      </div>
    </form>
  );
}
