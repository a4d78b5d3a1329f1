import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { diffText, transformPosition, type TextDelta } from './text-diff';

function apply(text: string, splice: ReturnType<typeof diffText>): string {
  if (!splice) return text;
  return text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove);
}

describe('diffText', () => {
  it('finds an insert, a delete and a replacement', () => {
    expect(diffText('abc', 'abXc', 3)).toEqual({ index: 2, remove: 0, insert: 'X' });
    expect(diffText('abc', 'ac', 1)).toEqual({ index: 1, remove: 1, insert: '' });
    expect(diffText('hello world', 'hello there', 11)).toEqual({ index: 6, remove: 5, insert: 'there' });
    expect(diffText('same', 'same')).toBeNull();
  });

  it('puts an ambiguous insert where the caret is', () => {
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffText('aa', 'a', 0)).toEqual({ index: 0, remove: 1, insert: '' });
    expect(diffText('a\n\nb', 'a\n\n\nb', 3)).toEqual({ index: 2, remove: 0, insert: '\n' });
  });

  it('always turns before into after', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), (a, b, c) => {
        expect(apply(a, diffText(a, b, c % (b.length + 1)))).toBe(b);
      }),
    );
  });
});

describe('transformPosition', () => {
  const deltaOf = (initial: string, edit: (t: Y.Text) => void): TextDelta => {
    const doc = new Y.Doc();
    const text = doc.getText();
    text.insert(0, initial);
    let delta: TextDelta = [];
    text.observe((e) => {
      delta = e.delta as TextDelta;
    });
    edit(text);
    return delta;
  };

  it('moves a caret after an insert before it and keeps it before an insert after it', () => {
    const delta = deltaOf('hello world', (t) => t.insert(0, '>> '));
    expect(transformPosition(5, delta)).toBe(8);
    expect(transformPosition(0, delta)).toBe(0);
    expect(transformPosition(0, delta, true)).toBe(3);
    expect(transformPosition(3, deltaOf('hello', (t) => t.insert(4, 'X')))).toBe(3);
  });

  it('pulls a caret back over a deletion, and to its start when inside it', () => {
    const delta = deltaOf('hello world', (t) => t.delete(2, 4));
    expect(transformPosition(9, delta)).toBe(5);
    expect(transformPosition(4, delta)).toBe(2);
    expect(transformPosition(1, delta)).toBe(1);
  });
});
