'use client';

import type { Draft } from '@/lib/client/board/refusal';
import { Button } from '@/components/ui/Button';
import { CopyButton } from '@/components/ui/CopyButton';

/** Words of this person the server did not take: kept on this device to copy (later: to turn into a proposal). */
export function DraftPanel({ draft, onDiscard }: { draft: Draft; onDiscard(): void }) {
  const all = draft.pieces.map((p) => `${p.where}: ${p.text}`).join('\n');
  return (
    <section className="rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950" aria-label="Your unsaved words" data-testid="draft-panel">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">Your words that were not saved</p>
        <div className="flex gap-2">
          <CopyButton text={all} label="Copy all" />
          <Button variant="secondary" size="sm" onClick={onDiscard}>
            Discard
          </Button>
        </div>
      </div>
      <ul className="mt-2 space-y-1">
        {draft.pieces.map((p) => (
          <li key={`${p.where}/${p.text}`}>
            <span className="text-sky-800">{p.where}:</span> <span data-testid="draft-text">{p.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
