import type { ApiErrorBody, ErrorCode } from '../shared/errors';
import { forgetOfflineData } from './offline/board-copies';

/** An error answer of the /api/v1 API, with the per-field messages when the input was rejected. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'network';
  readonly status: number;
  readonly fields: Record<string, string[]>;

  constructor(status: number, code: ApiError['code'], message: string, fields: Record<string, string[]> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Calls the API as the signed-in browser; resolves to the JSON body, or undefined for 204. */
export async function api<T = unknown>(method: Method, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');
  }
  // The session ended on the server (signed out elsewhere, idle, password reset): drop the offline copies too.
  if (res.status === 401) void forgetOfflineData();
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (data as ApiErrorBody | null)?.error;
    throw new ApiError(res.status, error?.code ?? 'internal', error?.message ?? `Request failed (${res.status})`, error?.fields);
  }
  return data as T;
}

/** A message fit for a toast from anything a mutation threw. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong';
}
