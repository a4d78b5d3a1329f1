import type { z } from 'zod';

export interface CliOption {
  name: string;
  /** Placeholder shown in help, e.g. EMAIL. */
  value: string;
  description: string;
  required?: boolean;
  /** A switch that takes no value (`--repair`): read as the string 'true'. */
  flag?: boolean;
}

export interface CliIo {
  /** What the caller's stdin held, for `--file -`. */
  stdin?: string;
}

export interface CliOutput {
  stdout?: string;
  stderr?: string;
  /** Exit code when the command ran but its answer is "no" (e.g. a check that found a problem); default 0. */
  code?: number;
}

export interface CliCommand {
  /** e.g. ['user', 'create'] */
  words: readonly string[];
  /** One line, shown in the command list. */
  summary: string;
  /** More detail for the command's own help. */
  description?: string;
  options: readonly CliOption[];
  examples: readonly string[];
  /** Checks the option values (as strings keyed by option name); failures are usage errors. */
  schema: z.ZodType;
  run(input: unknown, io: CliIo): Promise<CliOutput>;
}

/** Defines a command whose `run` receives the values its schema produced. */
export function defineCommand<S extends z.ZodType>(
  command: Omit<CliCommand, 'schema' | 'run'> & { schema: S; run(input: z.output<S>, io: CliIo): Promise<CliOutput> },
): CliCommand {
  return { ...command, run: (input, io) => command.run(input as z.output<S>, io) };
}

/** Bad arguments: the message goes to stderr and the exit code is 2. */
export class UsageError extends Error {}

export type ParsedArgs =
  | { kind: 'help'; text: string }
  | { kind: 'run'; command: CliCommand; input: unknown };

/**
 * Finds the command named by the leading words of argv and reads its
 * `--name value` / `--name=value` options. `--help` (or `-h`, or `help …`)
 * anywhere asks for help instead.
 */
export function parseArgs(argv: readonly string[], commands: readonly CliCommand[], about = ''): ParsedArgs {
  const listing = (group: readonly CliCommand[]) => (group.length ? overview(group) : overview(commands, about));
  const wantsHelp = argv[0] === 'help' || argv.includes('--help') || argv.includes('-h');
  const words = (argv[0] === 'help' ? argv.slice(1) : argv).filter((a) => a !== '--help' && a !== '-h');
  const command = commands.find((c) => c.words.every((w, i) => words[i] === w));
  if (wantsHelp) {
    if (command) return { kind: 'help', text: commandHelp(command) };
    const group = commands.filter((c) => c.words[0] === words[0]);
    return { kind: 'help', text: listing(group) };
  }
  if (!command) {
    if (!words.length) throw new UsageError(`Missing a command.\n\n${listing([])}`);
    const group = commands.filter((c) => c.words[0] === words[0]);
    if (group.length && words.length === 1) throw new UsageError(`Which \`${words[0]}\` command?\n\n${listing(group)}`);
    const what = words.slice(0, group.length ? 2 : 1).join(' ');
    throw new UsageError(`Unknown command: ${what}\n\n${listing(group)}`);
  }
  const values = readOptions(words.slice(command.words.length), command);
  const parsed = command.schema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `--${String(i.path[0] ?? '?')}: ${i.message}`);
    throw new UsageError(`${lines.join('\n')}\n${hint(command)}`);
  }
  return { kind: 'run', command, input: parsed.data };
}

function readOptions(args: readonly string[], command: CliCommand): Record<string, string> {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument: ${arg}\n${hint(command)}`);
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    if (!command.options.some((o) => o.name === name)) throw new UsageError(`Unknown option: --${name}\n${hint(command)}`);
    if (name in values) throw new UsageError(`--${name} is given twice\n${hint(command)}`);
    if (command.options.find((o) => o.name === name)!.flag) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value\n${hint(command)}`);
      values[name] = 'true';
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value\n${hint(command)}`);
      value = next;
      i++;
    }
    values[name] = value;
  }
  const missing = command.options.filter((o) => o.required && !(o.name in values));
  if (missing.length) {
    throw new UsageError(`Missing ${missing.map((o) => `--${o.name}`).join(', ')}\n${hint(command)}`);
  }
  return values;
}

const hint = (command: CliCommand) => `Usage: ${usageLine(command)}\nRun \`coscript ${command.words.join(' ')} --help\` for details.`;

function usageLine(command: CliCommand): string {
  const options = command.options.map((o) => (o.flag ? `[--${o.name}]` : o.required ? `--${o.name} ${o.value}` : `[--${o.name} ${o.value}]`));
  return ['coscript', ...command.words, ...options].join(' ');
}

export function commandHelp(command: CliCommand): string {
  const width = Math.max(...command.options.map((o) => o.name.length + o.value.length + 3), 0);
  const lines = [`Usage: ${usageLine(command)}`, '', command.summary];
  if (command.description) lines.push('', command.description);
  if (command.options.length) {
    lines.push('', 'Options:');
    for (const o of command.options) lines.push(`  ${(o.flag ? `--${o.name}` : `--${o.name} ${o.value}`).padEnd(width)}  ${o.description}`);
  }
  if (command.examples.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

export function overview(commands: readonly CliCommand[], about = ''): string {
  const width = Math.max(...commands.map((c) => c.words.join(' ').length));
  return [
    'Usage: coscript <command> [options]',
    '',
    ...(about ? [about, ''] : []),
    'Commands:',
    ...commands.map((c) => `  ${c.words.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'Run `coscript <command> --help` for its options.',
    '',
  ].join('\n');
}
