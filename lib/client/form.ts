import type { z } from 'zod';
import { ApiError } from './api';

export type FieldErrors = Record<string, string | undefined>;

/** Parses form values with the shared schema; returns the data or the first message per field. */
export function validate<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { data: z.output<S>; errors: null } | { data: null; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { data: parsed.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    errors[key] ??= issue.message;
  }
  return { data: null, errors };
}

/** The server's per-field messages (400 invalid_input, 409 with fields) in the same shape. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(error.fields)) out[key] = messages[0];
  return out;
}
