'use client';

import { useState } from 'react';
import type { StepCommand } from '@/lib/client/board/step-commands';
import { cn } from '@/lib/utils';

const COMMANDS: Array<{ command: StepCommand; label: string; keys?: string }> = [
  { command: 'add-before', label: 'Add step before' },
  { command: 'add-after', label: 'Add step after' },
  { command: 'duplicate', label: 'Duplicate step' },
  { command: 'move-left', label: 'Move step left', keys: 'Alt+Shift+←' },
  { command: 'move-right', label: 'Move step right', keys: 'Alt+Shift+→' },
  { command: 'delete', label: 'Delete step' },
];

export const STEP_DRAG_TYPE = 'application/x-coscript-step';

interface StepHeaderProps {
  stepId: string;
  index: number;
  count: number;
  canEdit: boolean;
  canDelete: boolean;
  isCurrent: boolean;
  onCommand(command: StepCommand): void;
  onDropStep(stepId: string): void;
  /** Beside the menu: the step's proposals badge and "propose" menu. */
  extra?: React.ReactNode;
}

/** A step's column head: its number, a drag handle, and a menu with every step action (keyboard reachable). */
export function StepHeader({ stepId, index, count, canEdit, canDelete, isCurrent, onCommand, onDropStep, extra }: StepHeaderProps) {
  const [open, setOpen] = useState(false);
  const [dropping, setDropping] = useState(false);
  const menuId = `step-menu-${stepId}`;
  return (
    <div
      className={cn('relative flex h-10 items-center gap-1 rounded-md px-2 text-sm', isCurrent ? 'bg-indigo-50' : 'bg-stone-100', dropping && 'ring-2 ring-brand')}
      data-step-id={stepId}
      draggable={canEdit}
      onDragStart={(e) => {
        e.dataTransfer.setData(STEP_DRAG_TYPE, stepId);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (!canEdit || !e.dataTransfer.types.includes(STEP_DRAG_TYPE)) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        setDropping(false);
        const dragged = e.dataTransfer.getData(STEP_DRAG_TYPE);
        if (dragged && dragged !== stepId) {
          e.preventDefault();
          onDropStep(dragged);
        }
      }}
    >
      {canEdit && (
        <span aria-hidden="true" className="cursor-grab text-stone-400" title="Drag to move">
          ⠿
        </span>
      )}
      <h3 className="flex-1 font-medium">Step {index + 1}</h3>
      {extra}
      {canEdit && (
        <button
          type="button"
          className="rounded px-1.5 text-muted hover:bg-white hover:text-ink"
          aria-label={`Actions for step ${index + 1}`}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          onClick={() => setOpen((v) => !v)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          ⋯
        </button>
      )}
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={`Step ${index + 1}`}
          className="absolute top-9 right-0 z-40 w-52 rounded-lg border border-line bg-white p-1 shadow-lg"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          {COMMANDS.filter((c) => canDelete || c.command !== 'delete').map(({ command, label, keys }) => (
            <button
              key={command}
              type="button"
              role="menuitem"
              disabled={(command === 'move-left' && index === 0) || (command === 'move-right' && index === count - 1)}
              className={cn('flex w-full justify-between rounded px-2 py-1.5 text-left text-sm hover:bg-stone-100 disabled:text-stone-400', command === 'delete' && 'text-red-700')}
              onClick={() => {
                setOpen(false);
                onCommand(command);
              }}
            >
              {label}
              {keys && <span className="text-xs text-muted">{keys}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
