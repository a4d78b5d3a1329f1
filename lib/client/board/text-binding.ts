import * as Y from 'yjs';
import { continueList } from './lists';
import { diffText, transformPosition, type TextDelta } from './text-diff';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export interface TextBindingOptions {
  /** Transaction origin of local edits (the one the undo manager tracks). */
  origin: unknown;
  /** Called after every change of the text, local or remote. */
  onText?: (value: string) => void;
  /** Called when the local selection may have moved. */
  onSelection?: () => void;
}

/**
 * Binds a textarea (or input) to a Y.Text: each local edit becomes one splice
 * of the Y.Text; a remote change rewrites the field and moves the local
 * selection through the change's delta, so carets stay on the text they were on.
 */
export function bindTextField(field: TextField, text: Y.Text, opts: TextBindingOptions): () => void {
  let shadow = text.toString();
  field.value = shadow;
  let composing = false;

  const splice = (index: number, remove: number, insert: string) => {
    text.doc!.transact(() => {
      if (remove > 0) text.delete(index, remove);
      if (insert) text.insert(index, insert);
    }, opts.origin);
  };

  const onInput = () => {
    if (composing) return;
    const value = field.value;
    const change = diffText(shadow, value, field.selectionEnd ?? value.length);
    shadow = value;
    if (change) splice(change.index, change.remove, change.insert);
    opts.onText?.(value);
  };

  const onKeyDown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Enter' || key.shiftKey || key.isComposing || !(field instanceof HTMLTextAreaElement)) return;
    if (field.selectionStart !== field.selectionEnd) return;
    const list = continueList(field.value, field.selectionStart);
    if (!list) return;
    key.preventDefault();
    const { index, remove, insert } = list.splice;
    field.setRangeText(insert, index, index + remove, 'end');
    field.setSelectionRange(list.caret, list.caret);
    shadow = field.value;
    splice(index, remove, insert);
    opts.onText?.(shadow);
    opts.onSelection?.();
  };

  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    onInput();
  };

  const observer = (event: Y.YTextEvent) => {
    const value = text.toString();
    if (value === field.value) {
      shadow = value;
      return;
    }
    const focused = field.ownerDocument.activeElement === field;
    const start = field.selectionStart ?? 0;
    const end = field.selectionEnd ?? 0;
    const direction = field.selectionDirection ?? 'none';
    const delta = event.delta as TextDelta;
    field.value = value;
    shadow = value;
    if (focused) field.setSelectionRange(transformPosition(start, delta), transformPosition(end, delta), direction);
    opts.onText?.(value);
  };

  const onSelect = () => opts.onSelection?.();
  field.addEventListener('input', onInput);
  field.addEventListener('keydown', onKeyDown);
  field.addEventListener('compositionstart', onCompositionStart);
  field.addEventListener('compositionend', onCompositionEnd);
  field.addEventListener('select', onSelect);
  field.addEventListener('keyup', onSelect);
  field.addEventListener('mouseup', onSelect);
  field.addEventListener('focus', onSelect);
  text.observe(observer);
  return () => {
    text.unobserve(observer);
    field.removeEventListener('input', onInput);
    field.removeEventListener('keydown', onKeyDown);
    field.removeEventListener('compositionstart', onCompositionStart);
    field.removeEventListener('compositionend', onCompositionEnd);
    field.removeEventListener('select', onSelect);
    field.removeEventListener('keyup', onSelect);
    field.removeEventListener('mouseup', onSelect);
    field.removeEventListener('focus', onSelect);
  };
}
