import { describe, expect, it } from 'vitest';
import { absoluteFileArgs, readsStdin } from './file-args';

describe('file arguments for a command sent to the running server', () => {
  it('makes --file and --out absolute against the caller directory', () => {
    expect(absoluteFileArgs(['board', 'export', '--board', 'b', '--out', 'x.json'], '/home/me')).toEqual([
      'board', 'export', '--board', 'b', '--out', '/home/me/x.json',
    ]);
    expect(absoluteFileArgs(['board', 'import', '--file=../in.json'], '/home/me')).toEqual(['board', 'import', '--file=/home/in.json']);
    expect(absoluteFileArgs(['--file', '/abs.json'], '/home/me')).toEqual(['--file', '/abs.json']);
  });

  it('leaves stdin and other options alone', () => {
    expect(absoluteFileArgs(['--file', '-', '--name', 'out'], '/x')).toEqual(['--file', '-', '--name', 'out']);
    expect(absoluteFileArgs(['--file=-'], '/x')).toEqual(['--file=-']);
  });

  it('knows when the command reads stdin', () => {
    expect(readsStdin(['board', 'import', '--file', '-'])).toBe(true);
    expect(readsStdin(['board', 'import', '--file=-'])).toBe(true);
    expect(readsStdin(['board', 'import', '--file', 'x.json'])).toBe(false);
    expect(readsStdin(['user', 'create', '--name', '-'])).toBe(false);
  });
});
