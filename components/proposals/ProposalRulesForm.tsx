'use client';

import { useState } from 'react';
import type { TBoard } from '@/lib/shared/schemas/board';
import { Button } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { useSaveBoardSettings } from '@/components/board-settings/use-save-board-settings';

/** Who decides proposals: owners and moderators always; editors when the owner allows it. */
export function ProposalRulesForm({ board }: { board: TBoard }) {
  const [editorsDecide, setEditorsDecide] = useState(board.editorsDecideProposals);
  const [moderatorsSeePrivate, setModeratorsSeePrivate] = useState(board.moderatorsSeePrivate);
  const changed = editorsDecide !== board.editorsDecideProposals || moderatorsSeePrivate !== board.moderatorsSeePrivate;

  const { busy, save: saveSettings } = useSaveBoardSettings(board.id, 'Proposal settings saved');
  const save = () => saveSettings({ editorsDecideProposals: editorsDecide, moderatorsSeePrivate });

  return (
    <Section title="Proposals" description="Owners and moderators accept or reject proposals.">
      <div className="space-y-4">
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" className="mt-0.5 accent-brand" checked={editorsDecide} onChange={(e) => setEditorsDecide(e.target.checked)} />
          <span>
            <span className="block font-medium text-ink">Editors decide proposals too</span>
            <span className="block text-muted">Staff editors may accept, reject and undo decisions on this board.</span>
          </span>
        </label>
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" className="mt-0.5 accent-brand" checked={moderatorsSeePrivate} onChange={(e) => setModeratorsSeePrivate(e.target.checked)} />
          <span>
            <span className="block font-medium text-ink">Owners and moderators see private proposals before the reveal</span>
            <span className="block text-muted">Off: a private proposal stays with its author alone until it is revealed.</span>
          </span>
        </label>
        <div className="flex justify-end">
          <Button onClick={save} busy={busy} disabled={!changed}>
            Save proposal settings
          </Button>
        </div>
      </div>
    </Section>
  );
}
