'use client';

import { useEffect, useState } from 'react';
import { Dialog } from '@/components/ui/Dialog';

const SHORTCUTS: Array<[string, string]> = [
  ['?', 'Show this list'],
  ['Ctrl/⌘ + Z', 'Undo your own last change'],
  ['Ctrl/⌘ + Shift + Z  or  Ctrl + Y', 'Redo'],
  ['Alt + Shift + ← / →', 'Move the step you are in (in a cell or on its name)'],
  ['Tab / Shift + Tab', 'Next / previous cell'],
  ['Enter or Space on ⋯', 'Open a step’s menu; ↑ ↓ move, Esc closes'],
  ['Double-click a step name', 'Rename the step'],
  ['← / → on the phone card', 'Previous / next step (or swipe)'],
];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** `?` (outside text fields) opens the list of keyboard shortcuts; the toolbar's "?" button too. */
export function ShortcutsSheet() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="grid size-8 place-items-center rounded-full border border-line bg-white text-sm font-semibold text-muted hover:text-ink"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        aria-keyshortcuts="?"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Keyboard shortcuts">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys} className="contents">
              <dt>
                <kbd className="rounded border border-line bg-stone-50 px-1.5 py-0.5 font-mono text-xs whitespace-nowrap">{keys}</kbd>
              </dt>
              <dd className="text-ink">{what}</dd>
            </div>
          ))}
        </dl>
      </Dialog>
    </>
  );
}
