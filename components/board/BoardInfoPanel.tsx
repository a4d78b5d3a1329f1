'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useOnlineUserIds } from '@/lib/client/board/online-store';
import { cn } from '@/lib/utils';

interface BoardInfoPanelProps {
  peopleCount: number;
  about: React.ReactNode;
  /** Participant rows, each marked `data-user-id`, so the online ones can be flagged. */
  people: Array<{ userId: string; row: React.ReactNode }>;
}

/**
 * "About this board" and "People" in a side panel that opens over the
 * canvas, so the blueprint keeps the whole window until someone asks.
 */
export function BoardInfoPanel({ peopleCount, about, people }: BoardInfoPanelProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const online = new Set(useOnlineUserIds());

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      opener.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
        className={cn('rounded-lg border border-line px-3 py-1.5 text-sm font-medium', open ? 'bg-indigo-50 text-ink' : 'bg-white text-ink hover:bg-stone-50')}
      >
        About &amp; people <span className="text-stone-600">({peopleCount})</span>
      </button>
      <aside
        ref={panel}
        id={id}
        tabIndex={-1}
        hidden={!open}
        aria-label="About this board and its people"
        className="fixed top-14 right-0 bottom-0 z-40 w-full max-w-sm overflow-y-auto border-l border-line bg-white p-5 shadow-xl outline-none"
        data-testid="board-info-panel"
      >
        <div className="mb-4 flex items-center justify-between">
          <h2 className="text-base font-semibold">About this board</h2>
          <button
            type="button"
            className="rounded-md px-2 py-1 text-sm text-muted hover:bg-stone-100 hover:text-ink"
            onClick={() => {
              setOpen(false);
              opener.current?.focus();
            }}
          >
            Close
          </button>
        </div>
        {about}
        <h2 className="mt-6 mb-1 text-base font-semibold">People</h2>
        <p className="mb-2 text-sm text-muted">{online.size === 0 ? 'Nobody else is on the board right now.' : `${online.size} other${online.size === 1 ? '' : 's'} on the board now.`}</p>
        <ul className="divide-y divide-line" aria-label="Participants">
          {people.map(({ userId, row }) => (
            <li key={userId} className="flex items-start gap-2 py-2.5">
              <div className="min-w-0 flex-1">{row}</div>
              {online.has(userId) && (
                <span className="mt-1 flex items-center gap-1 text-xs font-medium text-emerald-800">
                  <span aria-hidden="true" className="size-2 rounded-full bg-emerald-500" /> Online now
                </span>
              )}
            </li>
          ))}
        </ul>
      </aside>
    </>
  );
}
