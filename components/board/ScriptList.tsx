'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { canDeleteContent, cellLanesFor } from '@/lib/shared/board-doc/access';
import { addScriptFromTemplate } from '@/lib/shared/board-doc/from-template';
import { listLanes } from '@/lib/shared/board-doc/lanes';
import { addScript, deleteScript, moveScript, type ScriptSummary } from '@/lib/shared/board-doc/scripts';
import type { ScriptTemplate } from '@/lib/shared/templates';
import { cn } from '@/lib/utils';
import { useEditor } from './editor-context';
import { focusOnMount } from './TextCell';

// The templates' content is fetched the first time someone asks for a script from one, not with the board.
const ScriptTemplateDialog = dynamic(() => import('./ScriptTemplateDialog').then((m) => m.ScriptTemplateDialog), { ssr: false });

interface ScriptListProps {
  scripts: ScriptSummary[];
  currentId: string | null;
  onOpen(scriptId: string): void;
}

/** The board's scripts as tabs (scrolling sideways when there are many): open, add (blank or from a template), reorder, delete. */
export function ScriptList({ scripts, currentId, onOpen }: ScriptListProps) {
  const { conn, actor, readOnly, notify } = useEditor();
  const [confirming, setConfirming] = useState<ScriptSummary | null>(null);
  const [picking, setPicking] = useState(false);
  // Once opened, the dialog stays mounted, so closing it returns focus as any dialog does.
  const [pickedOnce, setPickedOnce] = useState(false);
  const canEdit = readOnly === null;
  const canDelete = canDeleteContent(actor);

  const opened = (id: string) => {
    // A new script is named first: its title takes the focus as soon as it shows.
    focusOnMount(`${id}/title`);
    onOpen(id);
  };
  const add = () => {
    const lanes = cellLanesFor(actor, listLanes(conn.doc));
    opened(conn.act(() => addScript(conn.doc, { title: `Scenario ${scripts.length + 1}`, lanes })));
  };
  const addFrom = (template: ScriptTemplate) => {
    setPicking(false);
    const laneIds = cellLanesFor(actor, listLanes(conn.doc));
    opened(conn.act(() => addScriptFromTemplate(conn.doc, template, { laneIds })));
  };
  const remove = (script: ScriptSummary) => {
    setConfirming(null);
    const next = scripts.find((s) => s.id !== script.id);
    conn.act(() => deleteScript(conn.doc, script.id));
    if (next) onOpen(next.id);
    notify(`Deleted “${script.title || 'Untitled script'}”.`, true);
  };

  return (
    <>
      <nav aria-label="Scripts" className="flex min-w-0 items-center gap-1">
        <ul className="flex min-w-0 gap-1 overflow-x-auto py-0.5" data-testid="script-tabs">
          {scripts.map((script, i) => {
            const isCurrent = script.id === currentId;
            return (
              <li key={script.id} className={cn('flex shrink-0 items-center rounded-lg border', isCurrent ? 'border-brand bg-indigo-50' : 'border-line bg-white')}>
                <button
                  type="button"
                  className="max-w-56 truncate px-3 py-1.5 text-sm font-medium whitespace-nowrap"
                  aria-current={isCurrent ? 'page' : undefined}
                  onClick={() => onOpen(script.id)}
                >
                  {script.title || 'Untitled script'}
                </button>
                {isCurrent && canEdit && (
                  <span className="flex pr-1">
                    <IconButton label="Move script earlier" disabled={i === 0} onClick={() => conn.act(() => moveScript(conn.doc, script.id, i - 1))}>
                      ‹
                    </IconButton>
                    <IconButton label="Move script later" disabled={i === scripts.length - 1} onClick={() => conn.act(() => moveScript(conn.doc, script.id, i + 1))}>
                      ›
                    </IconButton>
                    {canDelete && (
                      <IconButton label="Delete script" disabled={scripts.length === 1} onClick={() => setConfirming(script)}>
                        ×
                      </IconButton>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {canEdit && (
          <span className="flex shrink-0">
            <button type="button" className="rounded-lg px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-brand-ink hover:bg-indigo-50" onClick={add}>
              + New script
            </button>
            <button
              type="button"
              className="rounded-lg px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-brand-ink hover:bg-indigo-50"
              onClick={() => {
                setPickedOnce(true);
                setPicking(true);
              }}
            >
              From a template…
            </button>
          </span>
        )}
      </nav>
      {pickedOnce && <ScriptTemplateDialog open={picking} onClose={() => setPicking(false)} onPick={addFrom} />}
      <ConfirmDialog
        open={confirming !== null}
        title={`Delete “${confirming?.title || 'Untitled script'}”?`}
        description="Its steps and cells go with it, for everyone on the board. You can undo right after."
        confirmLabel="Delete script"
        onConfirm={() => confirming && remove(confirming)}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}

function IconButton({ label, disabled, onClick, children }: { label: string; disabled?: boolean; onClick(): void; children: React.ReactNode }) {
  return (
    <button type="button" aria-label={label} title={label} disabled={disabled} onClick={onClick} className="rounded px-1.5 text-muted hover:bg-white hover:text-ink disabled:opacity-30">
      {children}
    </button>
  );
}
