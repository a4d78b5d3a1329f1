/** Joins class names, skipping falsy ones (a dependency-free `clsx`). */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}

/** A date (with the time of day when `withTime`), in the given time zone or the runtime's own. */
export function formatDate(iso: string, opts: { withTime?: boolean; timeZone?: string } = {}): string {
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: opts.withTime ? 'short' : undefined, timeZone: opts.timeZone }).format(new Date(iso));
}

/** Only same-site paths are followed after sign-in, so a link cannot bounce people elsewhere. */
export function safeCallbackUrl(value: string | null | undefined, fallback = '/boards'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
