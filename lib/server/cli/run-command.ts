import { AppError } from '../../shared/errors';
import { ABOUT, COMMANDS } from './commands';
import { parseArgs, UsageError, type CliIo, type ParsedArgs } from './parse-args';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Reads argv without touching the database: help, a usage error, or a command to run. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  return parseArgs(argv, COMMANDS, ABOUT);
}

/**
 * Runs one `coscript` command against the process's database. The one
 * implementation behind both the CLI process and a running server's admin endpoint.
 * Exit codes: 0 done, 1 refused (a domain error), 2 bad arguments.
 */
export async function runCliCommand(argv: string[], io: CliIo = {}): Promise<CliResult> {
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.kind === 'help') return { code: 0, stdout: parsed.text, stderr: '' };
    const out = await parsed.command.run(parsed.input, io);
    return { code: out.code ?? 0, stdout: out.stdout ?? '', stderr: out.stderr ?? '' };
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, stdout: '', stderr: `${error.message.trimEnd()}\n` };
    if (error instanceof AppError) return { code: 1, stdout: '', stderr: `Error: ${error.message}\n` };
    return { code: 1, stdout: '', stderr: `Unexpected error: ${(error as Error).stack ?? error}\n` };
  }
}
