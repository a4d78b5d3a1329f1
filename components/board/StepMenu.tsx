'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { StepCommand } from '@/lib/client/board/step-commands';
import { cn } from '@/lib/utils';

export type StepMenuCommand = StepCommand | 'rename';

const COMMANDS: Array<{ command: StepMenuCommand; label: string; keys?: string }> = [
  { command: 'rename', label: 'Rename step' },
  { command: 'add-before', label: 'Add step before' },
  { command: 'add-after', label: 'Add step after' },
  { command: 'duplicate', label: 'Duplicate step' },
  { command: 'move-left', label: 'Move step left', keys: 'Alt+Shift+←' },
  { command: 'move-right', label: 'Move step right', keys: 'Alt+Shift+→' },
  { command: 'delete', label: 'Delete step' },
];

const MENU_WIDTH = 216;

interface StepMenuProps {
  name: string;
  index: number;
  count: number;
  canDelete: boolean;
  onCommand(command: StepMenuCommand): void;
}

/**
 * The ⋯ menu of a step. It floats above the page (fixed, in a portal), so the
 * blueprint's scrolling box never cuts it off; outside clicks, Escape, Tab and
 * scrolling close it, arrows move inside it, and focus returns to its button.
 */
export function StepMenu({ name, index, count, canDelete, onCommand }: StepMenuProps) {
  const [at, setAt] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const open = at !== null;
  const menuId = useId();

  const close = (refocus: boolean) => {
    setAt(null);
    if (refocus) button.current?.focus();
  };

  useLayoutEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('[role=menuitem]:not(:disabled)')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // Another menu's button is outside this one: opening it closes this, so only one is ever open.
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    const onScroll = (e: Event) => {
      if (!menu.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onScroll);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onScroll);
    };
  }, [open]);

  const toggle = () => {
    if (open) return close(false);
    const rect = button.current!.getBoundingClientRect();
    const height = COMMANDS.length * 34 + 10;
    const below = rect.bottom + 4 + height < window.innerHeight;
    setAt({
      top: below ? rect.bottom + 4 : Math.max(4, rect.top - 4 - height),
      left: Math.max(4, Math.min(rect.right - MENU_WIDTH, window.innerWidth - MENU_WIDTH - 4)),
    });
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const items = [...menu.current!.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const go = (n: number) => {
      e.preventDefault();
      items[(n + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="rounded px-1.5 text-muted hover:bg-white hover:text-ink"
        aria-label={`Actions for ${name}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
      >
        ⋯
      </button>
      {open &&
        createPortal(
          <div
            ref={menu}
            id={menuId}
            role="menu"
            aria-label={name}
            style={{ top: at.top, left: at.left, width: MENU_WIDTH }}
            className="fixed z-50 rounded-lg border border-line bg-white p-1 shadow-lg"
            onKeyDown={onMenuKey}
          >
            {COMMANDS.filter((c) => canDelete || c.command !== 'delete').map(({ command, label, keys }) => (
              <button
                key={command}
                type="button"
                role="menuitem"
                tabIndex={-1}
                disabled={(command === 'move-left' && index === 0) || (command === 'move-right' && index === count - 1)}
                className={cn('flex w-full justify-between rounded px-2 py-1.5 text-left text-sm hover:bg-stone-100 focus:bg-stone-100 disabled:text-stone-500', command === 'delete' && 'text-red-700')}
                onClick={() => {
                  // Focus goes back to ⋯ only after a move: renaming takes it to the name field, adding to the new
                  // step, and deleting removes the button.
                  close(command === 'move-left' || command === 'move-right');
                  onCommand(command);
                }}
              >
                {label}
                {keys && <span className="text-xs text-muted">{keys}</span>}
              </button>
            ))}
          </div>,
          document.body,
        )}
    </>
  );
}
