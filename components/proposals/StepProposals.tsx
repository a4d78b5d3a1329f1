'use client';

import { useEffect, useState } from 'react';
import { api, ApiError } from '@/lib/client/api';
import type { TProposalCreate } from '@/lib/shared/schemas/proposal';
import { openOn, useProposals } from './proposals-context';

interface Props {
  scriptId: string;
  stepId: string;
  index: number;
  count: number;
}

/** In a step's head: the count of its open proposals (opens them in the panel) and a menu to propose adding, moving or removing steps. */
export function StepProposals({ scriptId, stepId, index, count }: Props) {
  const ctx = useProposals();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(null), 4000);
    return () => clearTimeout(timer);
  }, [note]);
  if (!ctx) return null;
  const n = openOn(ctx.proposals, stepId).length;
  const step = `step ${index + 1}`;
  const propose = async (input: TProposalCreate) => {
    setOpen(false);
    try {
      await api('POST', `/api/v1/boards/${ctx.boardId}/proposals`, input);
      setNote('Proposed.');
    } catch (err) {
      setNote(err instanceof ApiError ? err.message : 'Could not propose.');
    }
  };
  const items: Array<{ label: string; input: TProposalCreate; disabled?: boolean }> = [
    { label: 'Propose adding a step after', input: { kind: 'add_step', scriptId, index: index + 1, title: `Add a step after ${step}` } },
    { label: 'Propose moving left', input: { kind: 'move_step', scriptId, stepId, index: index - 1, title: `Move ${step} left` }, disabled: index === 0 },
    { label: 'Propose moving right', input: { kind: 'move_step', scriptId, stepId, index: index + 1, title: `Move ${step} right` }, disabled: index === count - 1 },
    { label: 'Propose removing', input: { kind: 'remove_step', scriptId, stepId, title: `Remove ${step}` } },
  ];
  return (
    <span className="relative flex items-center gap-1">
      {n > 0 && (
        <button type="button" className="rounded-full bg-amber-100 px-1.5 text-xs text-amber-900" data-testid="step-proposal-badge" aria-label={`${n} open proposals on ${step}`} onClick={() => ctx.showStep(stepId)}>
          {n}
        </button>
      )}
      {ctx.canPropose && (
        <button type="button" className="rounded px-1 text-xs text-muted hover:bg-white" aria-haspopup="menu" aria-expanded={open} aria-label={`Propose a change to ${step}`} onClick={() => setOpen((v) => !v)}>
          ✎
        </button>
      )}
      {open && (
        <span role="menu" className="absolute top-7 right-0 z-40 w-56 rounded-lg border border-line bg-white p-1 shadow-lg" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {items.map(({ label, input, disabled }) => (
            <button key={label} type="button" role="menuitem" disabled={disabled} className="block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-stone-100 disabled:text-stone-400" onClick={() => void propose(input)}>
              {label}
            </button>
          ))}
        </span>
      )}
      {note && (
        <span role="status" className="absolute top-7 right-0 z-30 rounded bg-ink px-2 py-1 text-xs whitespace-nowrap text-white">
          {note}
        </span>
      )}
    </span>
  );
}
