'use client';

import { useState } from 'react';
import { Dialog } from '@/components/ui/Dialog';
import { addLane, moveLane, renameLane, setLaneCustomerWritable, setLaneHidden, type LaneView } from '@/lib/shared/board-doc/lanes';
import { useEditor } from './editor-context';

/** Owners and moderators add, rename, hide and reorder lanes, and say where customers may write. */
export function LaneManager({ lanes }: { lanes: LaneView[] }) {
  const { conn } = useEditor();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  return (
    <>
      <button type="button" className="rounded-lg border border-line bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50" onClick={() => setOpen(true)}>
        Lanes…
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Lanes" description="The rows of every script on this board. The server enforces where customers may write.">
        <ol className="space-y-2">
          {lanes.map((lane, i) => (
            <li key={lane.id} className="flex flex-wrap items-center gap-2 rounded-lg border border-line p-2" data-lane-row={lane.id}>
              <input
                key={lane.name}
                aria-label={`Name of lane ${i + 1}`}
                defaultValue={lane.name}
                className="min-w-0 flex-1 rounded-md border border-line px-2 py-1 text-sm"
                onBlur={(e) => {
                  const value = e.currentTarget.value.trim();
                  if (value && value !== lane.name) conn.act(() => renameLane(conn.doc, lane.id, value));
                }}
              />
              <label className="flex items-center gap-1 text-xs">
                <input type="checkbox" checked={lane.customerWritable} onChange={(e) => conn.act(() => setLaneCustomerWritable(conn.doc, lane.id, e.currentTarget.checked))} />
                Customers may write here
              </label>
              <label className="flex items-center gap-1 text-xs">
                <input type="checkbox" checked={lane.hidden} onChange={(e) => conn.act(() => setLaneHidden(conn.doc, lane.id, e.currentTarget.checked))} />
                Hidden
              </label>
              <button type="button" className="rounded px-1.5 text-sm disabled:opacity-30" aria-label={`Move ${lane.name} up`} disabled={i === 0} onClick={() => conn.act(() => moveLane(conn.doc, lane.id, i - 1))}>
                ↑
              </button>
              <button
                type="button"
                className="rounded px-1.5 text-sm disabled:opacity-30"
                aria-label={`Move ${lane.name} down`}
                disabled={i === lanes.length - 1}
                onClick={() => conn.act(() => moveLane(conn.doc, lane.id, i + 1))}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
        <form
          className="mt-4 flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const value = name.trim();
            if (!value) return;
            conn.act(() => addLane(conn.doc, { name: value }));
            setName('');
          }}
        >
          <input aria-label="New lane name" placeholder="New lane, e.g. Emotions" value={name} onChange={(e) => setName(e.currentTarget.value)} className="min-w-0 flex-1 rounded-md border border-line px-2 py-1 text-sm" />
          <button type="submit" className="rounded-lg bg-brand px-3 py-1.5 text-sm font-medium text-white">
            Add lane
          </button>
        </form>
      </Dialog>
    </>
  );
}
