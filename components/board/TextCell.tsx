'use client';

import { memo, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@/lib/client/board/origin';
import { clearCursor, publishCursor, resolveCursor } from '@/lib/client/board/presence';
import { bindTextField } from '@/lib/client/board/text-binding';
import { cn } from '@/lib/utils';
import { useEditor } from './editor-context';
import { PeerMarks } from './PeerMarks';
import { useFieldPeers } from './use-presence';

let pendingFocus: string | null = null;

/** Focus the field with this key as soon as it mounts (a cell created on focus replaces its placeholder). */
export function focusOnMount(fieldKey: string): void {
  pendingFocus = fieldKey;
}

interface TextCellProps {
  text: Y.Text;
  /** Names the field in presence: `<scriptId>/<stepId>/<laneId>` or `<scriptId>/job`. */
  fieldKey: string;
  label: string;
  placeholder?: string;
  /** Why this field cannot be edited, or null. */
  readOnlyReason: string | null;
  className?: string;
  onFocus?: () => void;
}

/**
 * A textarea bound to a Y.Text, growing with its text. While others have a
 * caret in it, a backdrop with the same text and metrics under the
 * transparent textarea draws their carets and selections where they are.
 */
export const TextCell = memo(function TextCell({ text, fieldKey, label, placeholder, readOnlyReason, className, onFocus }: TextCellProps) {
  const { conn, awareness, presence, nameOf } = useEditor();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(() => text.toString());
  const peers = useFieldPeers(presence, fieldKey);

  useEffect(() => {
    const field = ref.current!;
    // Caret moves are sent at most every 50 ms: others see it move smoothly, and typing does not pay for each key.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        if (document.activeElement === field) publishCursor(awareness, fieldKey, text, field.selectionStart, field.selectionEnd);
      }, 50);
    };
    const onBlur = () => clearCursor(awareness);
    field.addEventListener('blur', onBlur);
    setValue(text.toString());
    if (pendingFocus === fieldKey) {
      pendingFocus = null;
      field.focus();
    }
    const unbind = bindTextField(field, text, { origin: LOCAL_ORIGIN, onText: setValue, onSelection: publish });
    return () => {
      clearTimeout(timer);
      field.removeEventListener('blur', onBlur);
      unbind();
    };
  }, [text, fieldKey, awareness]);

  const marks = peers.flatMap((peer) => {
    const range = peer.cursor && resolveCursor(conn.doc, text, peer.cursor);
    return range ? [{ peer, from: range[0], to: range[1] }] : [];
  });
  const editor = marks[0]?.peer;

  return (
    <div
      className={cn('relative rounded-md', readOnlyReason && 'bg-stone-50', editor ? 'outline-2' : 'outline-0', className)}
      style={editor ? { outlineColor: editor.user.color, outlineStyle: 'solid' } : undefined}
      data-field={fieldKey}
      data-editing={marks.length > 0 ? 'true' : undefined}
    >
      {marks.length > 0 && (
        <div aria-hidden="true" dir="auto" className="pointer-events-none absolute inset-0 overflow-hidden px-2 py-1.5 text-sm leading-5 break-words whitespace-pre-wrap text-transparent">
          <PeerMarks value={value} marks={marks} nameOf={nameOf} />
        </div>
      )}
      <textarea
        ref={ref}
        aria-label={label}
        title={readOnlyReason ?? undefined}
        placeholder={readOnlyReason ? undefined : placeholder}
        readOnly={readOnlyReason !== null}
        aria-readonly={readOnlyReason !== null || undefined}
        spellCheck
        dir="auto"
        onFocus={onFocus}
        // The textarea grows with its text (field-sizing), so typing lays out one box, not two.
        style={{ fieldSizing: 'content' } as React.CSSProperties}
        className={cn(
          'relative block max-h-64 min-h-full w-full resize-none overflow-y-auto rounded-md bg-transparent px-2 py-1.5 text-sm leading-5 break-words whitespace-pre-wrap text-ink placeholder:text-stone-500 focus:bg-white/60 focus:outline-2 focus:outline-brand',
          readOnlyReason && 'cursor-default',
        )}
      />
    </div>
  );
});
