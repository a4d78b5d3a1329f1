import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './run-command';
import { UsageError } from './parse-args';

const usageError = (argv: string[]) => {
  try {
    parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
};

const run = (argv: string[]) => {
  const parsed = parseCliArgs(argv);
  if (parsed.kind !== 'run') throw new Error('expected a command');
  return { words: parsed.command.words.join(' '), input: parsed.input };
};

describe('coscript argument parsing', () => {
  it('finds the command and reads `--name value` and `--name=value` options', () => {
    expect(run(['user', 'create', '--email', 'Ada@Example.com', '--password=correct horse', '--name', 'Ada'])).toEqual({
      words: 'user create',
      input: { email: 'ada@example.com', password: 'correct horse', name: 'Ada' },
    });
  });

  it('reads a switch without a value and refuses one with a value', () => {
    const id = '0b7f4a52-95d4-4a0e-9d7c-3c1c1f0e6a11';
    expect(run(['board', 'check', '--repair', '--board', id])).toEqual({ words: 'board check', input: { board: id, repair: 'true' } });
    expect(usageError(['board', 'check', '--board', id, '--repair=yes'])).toContain('--repair takes no value');
  });

  it('applies defaults and keeps `-` as a value', () => {
    expect(run(['token', 'create', '--email', 'a@b.c'])).toEqual({ words: 'token create', input: { email: 'a@b.c', name: 'CLI' } });
    expect(run(['board', 'import', '--file', '-', '--owner-email', 'a@b.c']).input).toEqual({ file: '-', 'owner-email': 'a@b.c' });
  });

  it('keeps a value that starts with a single dash or contains `=`', () => {
    expect(run(['user', 'reset-password', '--email', 'a@b.c', '--password', '-x=y-long-secret']).input).toMatchObject({
      password: '-x=y-long-secret',
    });
  });

  it.each([
    [[], /Missing a command/],
    [['frob'], /Unknown command: frob/],
    [['user'], /Which `user` command\?[\s\S]*user create[\s\S]*user reset-password/],
    [['user', 'delete'], /Unknown command: user delete/],
    [['user', 'create', '--email', 'a@example.com'], /Missing --password/],
    [['user', 'create', '--email', 'a@example.com', '--password'], /--password needs a value/],
    [['user', 'create', '--email', 'a@example.com', '--password', '--name', 'x'], /--password needs a value/],
    [['user', 'create', '--email', 'not-an-email', '--password', '0123456789'], /--email: Enter a valid email address/],
    [['user', 'create', '--email', 'a@example.com', '--password', 'short'], /--password: At least 10 characters/],
    [['user', 'create', '--email', 'a@example.com', '--password', '0123456789', '--colour', 'red'], /Unknown option: --colour/],
    [['user', 'create', '--email', 'a@example.com', '--email', 'b@example.com', '--password', '0123456789'], /--email is given twice/],
    [['token', 'create', 'a@example.com'], /Unexpected argument: a@example.com/],
    [['board', 'export', '--board', 'nope'], /--board: Must be a valid id/],
  ])('refuses %j', (argv, message) => {
    const text = usageError(argv as string[]);
    expect(text).toMatch(message);
  });

  it('names the usage of the command in its errors', () => {
    expect(usageError(['token', 'create'])).toContain('Usage: coscript token create --email EMAIL [--name NAME]');
  });

  it.each([[['--help']], [['help']], [['-h']]])('prints the command list for %j', (argv) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('help');
    if (parsed.kind !== 'help') return;
    for (const name of ['migrate', 'user create', 'user reset-password', 'token create', 'board export', 'board import']) {
      expect(parsed.text).toContain(`  ${name} `);
    }
  });

  it.each([[['board', 'import', '--help']], [['help', 'board', 'import']], [['board', 'import', '--file', 'x', '-h']]])(
    'prints the help of one command for %j',
    (argv) => {
      const parsed = parseCliArgs(argv);
      expect(parsed).toMatchObject({ kind: 'help' });
      if (parsed.kind !== 'help') return;
      expect(parsed.text).toContain('Usage: coscript board import --file FILE --owner-email EMAIL');
      expect(parsed.text).toContain('--file FILE');
    },
  );
});
