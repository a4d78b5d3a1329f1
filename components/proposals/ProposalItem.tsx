'use client';

import { useState } from 'react';
import { api, ApiError } from '@/lib/client/api';
import type { TProposalDecision, TProposalSummary } from '@/lib/shared/schemas/proposal';
import { CommentThread } from './CommentThread';
import { ConflictView } from './ConflictView';
import { ProposalEditForm } from './ProposalEditForm';
import { WordDiff } from './WordDiff';

const KIND_LABEL: Record<TProposalSummary['kind'], string> = {
  cell_change: 'Change a cell',
  add_step: 'Add a step',
  remove_step: 'Remove a step',
  move_step: 'Move a step',
  add_script: 'Add a script',
  idea: 'Idea',
};

interface Props {
  boardId: string;
  proposal: TProposalSummary;
  viewerId: string;
  canDecide: boolean;
  canDiscuss: boolean;
  selected: boolean;
  onSelect(selected: boolean): void;
  onJump(): void;
}

type Conflict = { base: string; current: string; proposed: string };

export function ProposalItem({ boardId, proposal: p, viewerId, canDecide, canDiscuss, selected, onSelect, onJump }: Props) {
  const path = `/api/v1/boards/${boardId}/proposals/${p.id}`;
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [endorsedLocally, setEndorsedLocally] = useState<boolean | null>(null);
  const endorsed = endorsedLocally ?? p.endorsements.by.some((e) => e.userId === viewerId);

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.fields.current) {
        setConflict({ base: err.fields.base?.[0] ?? '', current: err.fields.current[0] ?? '', proposed: err.fields.proposed?.[0] ?? '' });
      } else setError(err instanceof ApiError ? err.message : 'Something went wrong.');
      return false;
    } finally {
      setBusy(false);
    }
  };
  const decide = (body: TProposalDecision) => run(() => api('POST', `${path}/decision`, body)).then((ok) => ok && setConflict(null));
  const endorse = () => run(() => api(endorsed ? 'DELETE' : 'POST', `${path}/endorse`)).then((ok) => ok && setEndorsedLocally(!endorsed));

  return (
    <li className="space-y-2 rounded-lg border border-line bg-white p-3" data-testid="proposal" data-status={p.status} data-proposal-id={p.id} aria-label={p.title || KIND_LABEL[p.kind]}>
      <div className="flex items-start gap-2">
        {canDecide && p.status === 'open' && <input type="checkbox" aria-label="Select for a bulk decision" checked={selected} onChange={(e) => onSelect(e.target.checked)} className="mt-1" />}
        <div className="min-w-0 flex-1">
          <p className="text-xs text-muted">
            {KIND_LABEL[p.kind]} · <span data-testid="proposal-author">{p.author.name}</span> · <time dateTime={p.createdAt}>{new Date(p.createdAt).toLocaleString()}</time>
            {p.private && ' · private until revealed'}
          </p>
          {p.title && <p className="font-medium">{p.title}</p>}
          <p className="text-xs">
            <span className="font-semibold" data-testid="proposal-status">
              {p.status}
            </span>
            {p.decidedBy && ` by ${p.decidedBy.name}`}
            {p.decisionReason && <span data-testid="decision-reason">: {p.decisionReason}</span>}
          </p>
        </div>
        {p.stepId && (
          <button type="button" className="text-xs text-brand underline" onClick={onJump}>
            Show step
          </button>
        )}
      </div>
      {p.kind === 'cell_change' && <WordDiff before={p.baseText ?? ''} after={p.proposedText ?? ''} />}
      {p.rationale && <p className="text-sm text-muted">{p.rationale}</p>}
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <button
          type="button"
          disabled={!canDiscuss || busy || (p.status !== 'open' && !endorsed)}
          aria-pressed={endorsed}
          className="rounded border border-line px-2 py-1"
          onClick={endorse}
          title={p.endorsements.by.map((e) => e.name).join(', ')}
        >
          {endorsed ? 'Endorsed' : 'Endorse'} · <span data-testid="endorsement-count">{p.endorsements.count}</span>
        </button>
        {p.endorsements.count > 0 && <span className="text-muted">by {p.endorsements.by.map((e) => e.name).join(', ')}</span>}
        <button type="button" className="rounded border border-line px-2 py-1" aria-expanded={open} onClick={() => setOpen(!open)}>
          Discuss ({p.commentCount})
        </button>
        {p.author.userId === viewerId && p.status === 'open' && (
          <>
            <button type="button" className="rounded border border-line px-2 py-1" aria-expanded={editing} onClick={() => setEditing(!editing)}>
              Edit
            </button>
            <button type="button" disabled={busy} className="rounded border border-line px-2 py-1" onClick={() => void run(() => api('PATCH', path, { withdraw: true }))}>
              Withdraw
            </button>
          </>
        )}
      </div>
      {editing && p.status === 'open' && <ProposalEditForm path={path} proposal={p} onDone={() => setEditing(false)} />}
      {open && <CommentThread path={path} canComment={canDiscuss} version={p.commentCount} />}
      {canDecide && (
        <div className="flex flex-wrap gap-2 text-xs">
          {p.status === 'open' && (
            <>
              <button type="button" disabled={busy} className="rounded bg-brand px-2 py-1 font-medium text-white" onClick={() => decide({ action: 'accept' })}>
                Accept
              </button>
              <button type="button" disabled={busy} className="rounded border border-line px-2 py-1" onClick={() => setRejecting(!rejecting)}>
                Reject…
              </button>
            </>
          )}
          {['rejected', 'superseded', 'withdrawn', 'stale'].includes(p.status) && (
            <button type="button" disabled={busy} className="rounded border border-line px-2 py-1" onClick={() => decide({ action: 'reopen' })}>
              Reopen
            </button>
          )}
          {(p.status === 'accepted' || p.status === 'rejected') && (
            <button type="button" disabled={busy} className="rounded border border-line px-2 py-1" onClick={() => decide({ action: 'undo' })}>
              Undo decision
            </button>
          )}
        </div>
      )}
      {rejecting && p.status === 'open' && (
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void decide({ action: 'reject', reason }).then(() => setRejecting(false));
          }}
        >
          <input className="min-w-0 flex-1 rounded border border-line px-2 py-1 text-xs" aria-label="Reason for rejecting" placeholder="Why not?" value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" disabled={!reason.trim() || busy} className="rounded border border-line px-2 py-1 text-xs">
            Reject
          </button>
        </form>
      )}
      {conflict && p.status === 'open' && (
        <ConflictView
          {...conflict}
          busy={busy}
          onAcceptProposed={() => void decide({ action: 'accept', overrideConflict: true })}
          onAcceptMerged={(text) => void decide({ action: 'accept', text })}
          onAskUpdate={(why) => void decide({ action: 'ask_update', reason: why })}
        />
      )}
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </li>
  );
}
