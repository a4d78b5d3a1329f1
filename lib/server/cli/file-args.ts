import path from 'node:path';

const FILE_OPTIONS = ['--file', '--out', '--from'];

/** Whether the command reads its input from stdin (`--file -`). */
export function readsStdin(argv: readonly string[]): boolean {
  return argv.some((arg, i) => arg === '--file=-' || (arg === '--file' && argv[i + 1] === '-'));
}

/**
 * Makes file options absolute against the caller's directory, so a running
 * server (with its own working directory) reads and writes the files the
 * caller meant.
 */
export function absoluteFileArgs(argv: readonly string[], cwd: string): string[] {
  return argv.map((arg, i) => {
    const inline = /^(--[a-z-]+)=(.+)$/s.exec(arg);
    if (inline && FILE_OPTIONS.includes(inline[1]!) && inline[2] !== '-') return `${inline[1]}=${path.resolve(cwd, inline[2]!)}`;
    const previous = argv[i - 1];
    if (previous && FILE_OPTIONS.includes(previous) && arg !== '-' && !arg.startsWith('--')) return path.resolve(cwd, arg);
    return arg;
  });
}
