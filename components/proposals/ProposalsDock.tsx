'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef } from 'react';
import { useProposals } from './proposals-context';

// The panel (items, word diffs, threads, the conflict view) is most of the proposals code and
// sits below the board: it is fetched only once there is something to show in it, so a board
// without proposals opens without it.
const ProposalsPanel = dynamic(() => import('./ProposalsPanel').then((m) => m.ProposalsPanel), {
  ssr: false,
  loading: () => <p className="text-sm text-muted">Loading proposals…</p>,
});

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
      {ctx.proposals.length === 0 ? (
        <section aria-label="Proposals" className="space-y-1" data-testid="proposals-panel">
          <h2 className="text-base font-semibold">
            Proposals <span className="text-sm font-normal text-muted">(0 open)</span>
          </h2>
          <p className="text-sm text-muted">{ctx.canPropose ? 'None yet. “Suggest a change” on a cell, or ✎ on a step, proposes one.' : 'None yet.'}</p>
        </section>
      ) : (
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
      )}
    </aside>
  );
}
