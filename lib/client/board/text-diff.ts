/** One contiguous replacement that turns `before` into `after`. */
export interface TextSplice {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest single splice from `before` to `after`. `caret` (the selection
 * end after the edit) decides where an ambiguous edit happened: typing "a"
 * into "aa" at the start is an insert at 0, not at 2.
 */
export function diffText(before: string, after: string, caret = after.length): TextSplice | null {
  if (before === after) return null;
  const maxPrefix = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // The change cannot start after the caret.
  prefix = Math.min(prefix, Math.max(0, caret - Math.max(0, after.length - before.length)));
  let suffix = 0;
  const maxSuffix = Math.min(before.length, after.length) - prefix;
  while (suffix < maxSuffix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  return { index: prefix, remove: before.length - prefix - suffix, insert: after.slice(prefix, after.length - suffix) };
}

/** A delta as Y.Text reports it. */
export type TextDelta = Array<{ retain?: number; insert?: unknown; delete?: number }>;

/** Where a position of the old text ends up after a remote delta; an insert exactly at it pushes it along only if `stickRight`. */
export function transformPosition(pos: number, delta: TextDelta, stickRight = false): number {
  let old = 0;
  let shift = 0;
  for (const op of delta) {
    if (old > pos) break;
    if (op.retain !== undefined) old += op.retain;
    else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (old < pos || (old === pos && stickRight)) shift += length;
    } else if (op.delete !== undefined) {
      shift -= Math.min(op.delete, Math.max(0, pos - old));
      old += op.delete;
    }
  }
  return Math.max(0, pos + shift);
}
