/**
 * Whether a close from the board's socket means "the server refused a change
 * you made" (the rule book said no: read-only, archived, a lane not open to
 * you), as opposed to being signed out or removed.
 */
export function isRefusedWrite(code: number, reason: string): boolean {
  return (code === 4403 || code === 4409) && /^(read-only|lanes?\b)/.test(reason);
}

/** The reason a person reads, without the protocol's prefix. */
export function plainReason(reason: string): string {
  const text = reason.replace(/^read-only:\s*/, '');
  return text.startsWith('lane') ? 'Part of your change was in a lane only the firm writes in.' : text;
}
