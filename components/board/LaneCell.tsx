'use client';

import { LANE_HINTS } from '@/lib/shared/board-doc/lane-hints';
import type { LaneView } from '@/lib/shared/board-doc/lanes';
import type { ScriptMap } from '@/lib/shared/board-doc/layout';
import { cellText, findCell } from '@/lib/shared/board-doc/steps';
import { CellProposals } from '@/components/proposals/CellProposals';
import { useProposals } from '@/components/proposals/proposals-context';
import { useEditor } from './editor-context';
import { focusOnMount, TextCell } from './TextCell';

interface LaneCellProps {
  script: ScriptMap;
  scriptId: string;
  stepId: string;
  lane: LaneView;
  label: string;
  readOnlyReason: string | null;
  onFocus(): void;
}

/** One step's cell in one lane. */
export function LaneCell({ script, scriptId, stepId, lane, label, readOnlyReason, onFocus }: LaneCellProps) {
  const { conn } = useEditor();
  const proposals = useProposals();
  // In suggest mode a person's edits to cells go through "Suggest a change" instead.
  const reason = readOnlyReason ?? (proposals?.suggestMode && proposals.canPropose ? 'Suggest mode is on: your changes become proposals.' : null);
  const text = findCell(script, stepId, lane.id);
  const fieldKey = `${scriptId}/${stepId}/${lane.id}`;
  const hint = LANE_HINTS[lane.kind] ?? LANE_HINTS.custom;
  if (!text) {
    // A step made by a customer has no cells in firm-only lanes (the server would refuse them),
    // and a lane added at the same moment as a step misses one: the cell is made on first focus.
    if (reason) {
      return (
        <div className="relative h-full min-h-12">
          <CellProposals scriptId={scriptId} stepId={stepId} laneId={lane.id} label={label} current={() => ''} readOnlyReason={reason} />
        </div>
      );
    }
    return (
      <textarea
        aria-label={label}
        placeholder={hint}
        dir="auto"
        className="size-full min-h-12 resize-none rounded-md bg-transparent px-2 py-1.5 text-sm placeholder:text-stone-500"
        onFocus={() => {
          focusOnMount(fieldKey);
          conn.act(() => cellText(script, stepId, lane.id));
          onFocus();
        }}
      />
    );
  }
  return (
    <div className="relative h-full">
      <TextCell text={text} fieldKey={fieldKey} label={label} placeholder={hint} readOnlyReason={reason} onFocus={onFocus} className="h-full" />
      <CellProposals scriptId={scriptId} stepId={stepId} laneId={lane.id} label={label} current={() => text.toString()} readOnlyReason={reason} />
    </div>
  );
}
