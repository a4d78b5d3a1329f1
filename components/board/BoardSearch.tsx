'use client';

import { useId, useRef, useState } from 'react';
import { searchBoard, type SearchHit } from '@/lib/shared/board-doc/search';
import { useEditor } from './editor-context';

/** Finds steps by name or cell text across the board's scripts; choosing a result jumps to that step. */
export function BoardSearch({ onJump }: { onJump(hit: SearchHit): void }) {
  const { conn } = useEditor();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  // Read when asked, not kept live: a search is a moment, and typing elsewhere must not re-run it.
  const hits = open && query.trim() ? searchBoard(conn.doc, query) : [];

  const jump = (hit: SearchHit) => {
    setOpen(false);
    onJump(hit);
  };

  return (
    <div
      ref={box}
      className="relative"
      role="search"
      onBlur={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node)) setOpen(false);
      }}
    >
      <input
        type="search"
        value={query}
        placeholder="Search steps…"
        aria-label="Search this board"
        aria-controls={open && query.trim() ? id : undefined}
        className="w-44 rounded-lg border border-line bg-white px-2.5 py-1.5 text-sm focus:w-64"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
          if (e.key === 'Enter' && hits[0]) jump(hits[0]);
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            box.current?.querySelector<HTMLButtonElement>('[data-hit]')?.focus();
          }
        }}
      />
      {open && query.trim() && (
        <div id={id} className="absolute top-full right-0 z-50 mt-1 w-80 rounded-lg border border-line bg-white p-1 shadow-lg">
          {hits.length === 0 ? (
            <p className="px-2 py-1.5 text-sm text-muted" role="status">
              No step names or cells match “{query.trim()}”.
            </p>
          ) : (
            <ul aria-label="Search results" className="max-h-80 overflow-y-auto">
              {hits.map((hit) => (
                <li key={`${hit.scriptId}/${hit.stepId}`}>
                  <button
                    type="button"
                    data-hit
                    className="w-full rounded px-2 py-1.5 text-left hover:bg-stone-100 focus:bg-stone-100"
                    onClick={() => jump(hit)}
                    onKeyDown={(e) => {
                      const sibling = e.key === 'ArrowDown' ? e.currentTarget.parentElement?.nextElementSibling : e.key === 'ArrowUp' ? e.currentTarget.parentElement?.previousElementSibling : null;
                      if (sibling) {
                        e.preventDefault();
                        sibling.querySelector<HTMLButtonElement>('button')?.focus();
                      }
                      if (e.key === 'Escape') setOpen(false);
                    }}
                  >
                    <span className="block text-sm font-medium text-ink">
                      {hit.stepIndex + 1}. {hit.stepTitle} <span className="font-normal text-muted">· {hit.scriptTitle}</span>
                    </span>
                    <span className="block truncate text-xs text-muted">
                      {hit.where}: {hit.snippet}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
