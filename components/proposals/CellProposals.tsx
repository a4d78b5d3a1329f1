'use client';

import { useState } from 'react';
import { openOn, useProposals } from './proposals-context';
import { SuggestCellEditor } from './SuggestCellEditor';

interface Props {
  scriptId: string;
  stepId: string;
  laneId: string;
  label: string;
  current(): string;
  /** Why this person cannot edit the cell directly, or null. */
  readOnlyReason: string | null;
}

/** Under a cell: how many open proposals it has (opens them in the panel) and, for people who propose, "Suggest a change". */
export function CellProposals({ scriptId, stepId, laneId, label, current, readOnlyReason }: Props) {
  const ctx = useProposals();
  const [editing, setEditing] = useState(false);
  if (!ctx) return null;
  const open = openOn(ctx.proposals, stepId, laneId).length;
  const suggests = ctx.canPropose && (readOnlyReason !== null || ctx.suggestMode);
  if (editing) {
    return (
      <div className="absolute top-0 left-0 z-30 w-72 shadow-lg">
        <SuggestCellEditor boardId={ctx.boardId} scriptId={scriptId} stepId={stepId} laneId={laneId} label={label} current={current()} onDone={() => setEditing(false)} />
      </div>
    );
  }
  if (!open && !suggests) return null;
  return (
    // Over the cell's bottom corner: the grid's rows have the cells' height.
    <div className="absolute right-1 bottom-0.5 flex gap-2 rounded bg-white/90 px-1 text-xs">
      {open > 0 && (
        <button type="button" className="rounded-full bg-amber-100 px-2 text-amber-900" data-testid="cell-proposal-marker" onClick={() => ctx.showStep(stepId)}>
          {open} proposal{open === 1 ? '' : 's'}
        </button>
      )}
      {suggests && (
        <button type="button" className="text-brand underline" onClick={() => setEditing(true)} aria-label={`Suggest a change to ${label}`}>
          Suggest a change
        </button>
      )}
    </div>
  );
}
