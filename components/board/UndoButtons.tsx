'use client';

import { useEffect, useState } from 'react';
import { useEditor } from './editor-context';

/** Undo and redo of this person's own changes (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z). */
export function UndoButtons() {
  const { conn } = useEditor();
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
    for (const e of events) conn.undo.on(e, update);
    return () => {
      for (const e of events) conn.undo.off(e, update);
    };
  }, [conn]);
  const cls = 'rounded-lg border border-line bg-white px-2.5 py-1.5 text-sm disabled:opacity-40';
  return (
    <span className="flex gap-1">
      <button type="button" className={cls} aria-label="Undo my last change" title="Undo your last change (Ctrl+Z)" aria-keyshortcuts="Control+Z" disabled={!conn.undo.canUndo()} onClick={() => conn.undo.undo()}>
        <span aria-hidden="true">↶</span> Undo
      </button>
      <button type="button" className={cls} aria-label="Redo my last undo" title="Redo what you undid (Shift+Ctrl+Z)" aria-keyshortcuts="Control+Shift+Z" disabled={!conn.undo.canRedo()} onClick={() => conn.undo.redo()}>
        <span aria-hidden="true">↷</span> Redo
      </button>
    </span>
  );
}
