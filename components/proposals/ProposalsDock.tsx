'use client';

import { useEffect, useRef } from 'react';
import { ProposalsPanel } from './ProposalsPanel';
import { useProposals } from './proposals-context';

/** The proposals panel with the suggest-mode switch, beside or below the board. */
export function ProposalsDock({ readOnly, onJump }: { readOnly: boolean; onJump(scriptId: string, stepId: string): void }) {
  const ctx = useProposals();
  const ref = useRef<HTMLElement>(null);
  const stepFilter = ctx?.stepFilter;
  // A step's badge or a cell's marker was clicked: bring its proposals into view.
  useEffect(() => {
    if (stepFilter) ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [stepFilter]);
  if (!ctx) return null;
  return (
    <aside ref={ref} className="space-y-3 rounded-xl border border-line bg-white p-3" data-testid="proposals-dock">
      {ctx.canPropose && !readOnly && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={ctx.suggestMode} onChange={(e) => ctx.setSuggestMode(e.target.checked)} />
          Suggest mode: my edits to cells become proposals
        </label>
      )}
      <ProposalsPanel
        boardId={ctx.boardId}
        proposals={ctx.proposals}
        viewerId={ctx.viewerId}
        canDecide={ctx.canDecide}
        canDiscuss={ctx.canDiscuss}
        stepId={ctx.stepFilter}
        onClearStep={() => ctx.showStep(null)}
        onJump={onJump}
      />
    </aside>
  );
}
