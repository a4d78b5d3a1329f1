'use client';

import { canDeleteContent, cellLanesFor } from '@/lib/shared/board-doc/access';
import { listLanes } from '@/lib/shared/board-doc/lanes';
import { addScript, deleteScript, moveScript, type ScriptSummary } from '@/lib/shared/board-doc/scripts';
import { cn } from '@/lib/utils';
import { useEditor } from './editor-context';

interface ScriptListProps {
  scripts: ScriptSummary[];
  currentId: string | null;
  onOpen(scriptId: string): void;
}

/** The board's scripts as tabs: open, add, reorder, delete (deletion can be undone). */
export function ScriptList({ scripts, currentId, onOpen }: ScriptListProps) {
  const { conn, actor, readOnly, notify } = useEditor();
  const canEdit = readOnly === null;
  const canDelete = canDeleteContent(actor);

  const add = () => {
    const lanes = cellLanesFor(actor, listLanes(conn.doc));
    const id = conn.act(() => addScript(conn.doc, { title: `Scenario ${scripts.length + 1}`, lanes }));
    onOpen(id);
  };
  const remove = (script: ScriptSummary) => {
    const next = scripts.find((s) => s.id !== script.id);
    conn.act(() => deleteScript(conn.doc, script.id));
    if (next) onOpen(next.id);
    notify(`Deleted “${script.title || 'Untitled script'}”.`, true);
  };

  return (
    <nav aria-label="Scripts" className="flex flex-wrap items-center gap-1">
      <ul className="flex flex-wrap gap-1">
        {scripts.map((script, i) => {
          const isCurrent = script.id === currentId;
          return (
            <li key={script.id} className={cn('flex items-center rounded-lg border', isCurrent ? 'border-brand bg-indigo-50' : 'border-line bg-white')}>
              <button
                type="button"
                className="max-w-56 truncate px-3 py-1.5 text-sm font-medium"
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
                    <IconButton label="Delete script" disabled={scripts.length === 1} onClick={() => remove(script)}>
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
        <button type="button" className="rounded-lg px-3 py-1.5 text-sm font-medium text-brand hover:bg-indigo-50" onClick={add}>
          + New script
        </button>
      )}
    </nav>
  );
}

function IconButton({ label, disabled, onClick, children }: { label: string; disabled?: boolean; onClick(): void; children: React.ReactNode }) {
  return (
    <button type="button" aria-label={label} title={label} disabled={disabled} onClick={onClick} className="rounded px-1.5 text-muted hover:bg-white hover:text-ink disabled:opacity-30">
      {children}
    </button>
  );
}
