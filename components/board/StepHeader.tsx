'use client';

import { useState } from 'react';
import type { StepCommand } from '@/lib/client/board/step-commands';
import { cn } from '@/lib/utils';
import { StepMenu } from './StepMenu';

export const STEP_DRAG_TYPE = 'application/x-coscript-step';

interface StepHeaderProps {
  stepId: string;
  index: number;
  count: number;
  /** The step's name, '' when it has none (then it is "Step N"). */
  title: string;
  canEdit: boolean;
  canDelete: boolean;
  isCurrent: boolean;
  /** False on touch screens and the phone card: there a drag would fight scrolling. */
  draggable?: boolean;
  onCommand(command: StepCommand): void;
  onDropStep(stepId: string): void;
  onRename(title: string): void;
  onSelect(): void;
  /** Beside the menu: the step's proposals badge and "propose" menu. */
  extra?: React.ReactNode;
}

/**
 * A step's column head: its number and name (focusable: Alt+Shift+←/→ moves
 * the step from here), a drag handle, and a menu with every step action.
 */
export function StepHeader(props: StepHeaderProps) {
  const { stepId, index, count, title, canEdit, canDelete, isCurrent, onCommand, onDropStep, onRename, onSelect } = props;
  const [dropping, setDropping] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const name = title || `Step ${index + 1}`;
  const draggable = canEdit && props.draggable !== false && !renaming;
  return (
    <div
      className={cn('relative flex h-10 items-center gap-1 rounded-md px-2 text-sm', isCurrent ? 'bg-indigo-50' : 'bg-stone-100', dropping && 'ring-2 ring-brand')}
      data-step-id={stepId}
      data-step-header={stepId}
      draggable={draggable}
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
      {draggable && (
        <span aria-hidden="true" className="cursor-grab text-stone-400 pointer-coarse:hidden" title="Drag to move">
          ⠿
        </span>
      )}
      {renaming ? (
        <input
          autoFocus
          defaultValue={title}
          aria-label={`Name of step ${index + 1}`}
          placeholder={`Step ${index + 1}`}
          maxLength={80}
          className="min-w-0 flex-1 rounded border border-brand bg-white px-1.5 py-0.5 text-sm"
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') {
              e.currentTarget.value = title;
              e.currentTarget.blur();
            }
          }}
          onBlur={(e) => {
            setRenaming(false);
            if (e.currentTarget.value.trim() !== title) onRename(e.currentTarget.value.trim());
          }}
        />
      ) : (
        <h3 className="min-w-0 flex-1 font-medium">
          <button
            type="button"
            className="flex w-full min-w-0 items-baseline gap-1.5 rounded text-left"
            title={canEdit ? `${name} · double-click to rename · Alt+Shift+←/→ to move` : name}
            onClick={onSelect}
            onDoubleClick={() => canEdit && setRenaming(true)}
            data-step-title
          >
            {title && <span className="text-xs text-muted tabular-nums">{index + 1}</span>}
            <span className="truncate">{name}</span>
          </button>
        </h3>
      )}
      {props.extra}
      {canEdit && (
        <StepMenu
          name={name}
          index={index}
          count={count}
          canDelete={canDelete}
          onCommand={(command) => (command === 'rename' ? setRenaming(true) : onCommand(command))}
        />
      )}
    </div>
  );
}
