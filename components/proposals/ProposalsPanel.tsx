'use client';

import { useMemo, useState } from 'react';
import { api } from '@/lib/client/api';
import { PROPOSAL_STATUSES, type TProposalSummary } from '@/lib/shared/schemas/proposal';
import { ProposalItem } from './ProposalItem';

interface Props {
  boardId: string;
  proposals: TProposalSummary[];
  viewerId: string;
  canDecide: boolean;
  canDiscuss: boolean;
  /** Only this step's proposals (a marker or badge was clicked), or null. */
  stepId: string | null;
  onClearStep(): void;
  onJump(scriptId: string, stepId: string): void;
}

/** The board's proposals, live: filters, sort, bulk decisions. */
export function ProposalsPanel({ boardId, proposals, viewerId, canDecide, canDiscuss, stepId, onClearStep, onJump }: Props) {
  const [status, setStatus] = useState<string>('open');
  const [side, setSide] = useState<string>('');
  const [sort, setSort] = useState<'newest' | 'endorsed'>('newest');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkReason, setBulkReason] = useState('');
  const [bulkNote, setBulkNote] = useState<string | null>(null);

  const shown = useMemo(
    () =>
      proposals
        .filter((p) => (!status || p.status === status) && (!side || p.author.side === side) && (!stepId || p.stepId === stepId))
        .sort((a, b) => (sort === 'endorsed' ? b.endorsements.count - a.endorsements.count : 0) || b.createdAt.localeCompare(a.createdAt)),
    [proposals, status, side, sort, stepId],
  );
  const chosen = shown.filter((p) => selected.has(p.id) && p.status === 'open').map((p) => p.id);

  const bulk = async (decision: { action: 'accept' } | { action: 'reject'; reason: string }) => {
    const { results } = await api<{ results: Array<{ error: { message: string } | null }> }>('POST', `/api/v1/boards/${boardId}/proposals/decisions`, { proposalIds: chosen, decision });
    const failed = results.filter((r) => r.error).length;
    setBulkNote(failed ? `${results.length - failed} decided, ${failed} not (open them one by one).` : `${results.length} decided.`);
    setSelected(new Set());
  };

  return (
    <section aria-label="Proposals" className="space-y-3" data-testid="proposals-panel">
      <h2 className="text-base font-semibold">
        Proposals <span className="text-sm font-normal text-muted">({proposals.filter((p) => p.status === 'open').length} open)</span>
      </h2>
      <div className="flex flex-wrap gap-2 text-sm">
        <label>
          <span className="sr-only">Status</span>
          <select aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value)} className="rounded border border-line px-1 py-0.5">
            <option value="">Any status</option>
            {PROPOSAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <select aria-label="Side" value={side} onChange={(e) => setSide(e.target.value)} className="rounded border border-line px-1 py-0.5">
          <option value="">Firm and customers</option>
          <option value="firm">Firm</option>
          <option value="customer">Customers</option>
        </select>
        <select aria-label="Sort" value={sort} onChange={(e) => setSort(e.target.value as 'newest' | 'endorsed')} className="rounded border border-line px-1 py-0.5">
          <option value="newest">Newest</option>
          <option value="endorsed">Most endorsed</option>
        </select>
        {stepId && (
          <button type="button" className="text-brand underline" onClick={onClearStep}>
            All steps
          </button>
        )}
      </div>
      {canDecide && chosen.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 rounded border border-line bg-slate-50 p-2 text-xs" role="group" aria-label="Bulk decision">
          <span>{chosen.length} selected</span>
          <button type="button" className="rounded bg-brand px-2 py-1 text-white" onClick={() => void bulk({ action: 'accept' })}>
            Accept selected
          </button>
          <input className="rounded border border-line px-1 py-0.5" aria-label="Reason for rejecting the selected" placeholder="Reason" value={bulkReason} onChange={(e) => setBulkReason(e.target.value)} />
          <button type="button" disabled={!bulkReason.trim()} className="rounded border border-line px-2 py-1" onClick={() => void bulk({ action: 'reject', reason: bulkReason })}>
            Reject selected
          </button>
        </div>
      )}
      {bulkNote && (
        <p role="status" className="text-xs text-muted">
          {bulkNote}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="text-sm text-muted">No proposals here.</p>
      ) : (
        <ul className="space-y-2">
          {shown.map((p) => (
            <ProposalItem
              key={p.id}
              boardId={boardId}
              proposal={p}
              viewerId={viewerId}
              canDecide={canDecide}
              canDiscuss={canDiscuss}
              selected={selected.has(p.id)}
              onSelect={(on) => setSelected((s) => (on ? new Set(s).add(p.id) : new Set([...s].filter((id) => id !== p.id))))}
              onJump={() => p.scriptId && p.stepId && onJump(p.scriptId, p.stepId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
