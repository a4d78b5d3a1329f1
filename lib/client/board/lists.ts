import type { TextSplice } from './text-diff';

const BULLET = /^(\s*)([-*•]|\d+[.)])\s/;

/**
 * What Enter does at `caret` inside a simple list line ("- ", "* ", "1. "):
 * continue the list on the next line, or end it when the item is empty.
 * Null when the caret's line is not a list item (Enter then inserts a plain line break).
 */
export function continueList(value: string, caret: number): { splice: TextSplice; caret: number } | null {
  const lineStart = value.lastIndexOf('\n', caret - 1) + 1;
  const line = value.slice(lineStart, caret);
  const match = BULLET.exec(line);
  if (!match) return null;
  const [marker, indent = '', bullet = '-'] = match;
  if (line.trim() === bullet) {
    // Enter on an empty item ends the list: drop its marker.
    return { splice: { index: lineStart, remove: line.length, insert: '' }, caret: lineStart };
  }
  const numbered = /^\d+/.exec(bullet);
  const next = numbered ? `${Number(numbered[0]) + 1}${bullet.slice(numbered[0].length)}` : bullet;
  const insert = `\n${indent}${next}${marker.slice(indent.length + bullet.length)}`;
  return { splice: { index: caret, remove: 0, insert }, caret: caret + insert.length };
}
