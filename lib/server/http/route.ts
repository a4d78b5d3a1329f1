import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { resolveActor, type Actor } from '../auth/actor';
import { logger } from '../log';
import { RateLimitedError } from '../rate-limit';

export const MAX_JSON_BODY_BYTES = 64 * 1024;

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler = (req: Request, ctx: RouteContext) => Promise<Response>;

/** Wraps a route handler so every failure leaves as the JSON error shape with the right status. */
export function route(handler: Handler): Handler {
  return async (req, ctx) => {
    try {
      return await handler(req, ctx);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error instanceof RateLimitedError) headers['retry-after'] = String(Math.max(1, Math.ceil(error.retryAfterMs / 1000)));
    return Response.json(error.toBody(), { status: error.status, headers });
  }
  logger().error({ err: error }, 'unhandled error in route');
  return Response.json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, { status: 500 });
}

export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Turns zod issues into `{ field: [messages] }`. */
export function zodFields(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    const message = issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : issue.message;
    (fields[key] ??= []).push(message);
  }
  return fields;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what = 'Input'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('invalid_input', `${what} is not valid`, zodFields(parsed.error));
  return parsed.data;
}

/** Reads a JSON body: size-limited, content-type checked, then parsed by the schema. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new AppError('unsupported_media_type', 'Send the body as JSON (Content-Type: application/json)');
  }
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  const text = await readLimited(req, MAX_JSON_BODY_BYTES);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('invalid_json', 'The body is not valid JSON');
  }
  return parseWith(schema, value, 'Body');
}

async function readLimited(req: Request, limit: number): Promise<string> {
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return utf8.decode(Buffer.concat(chunks));
  } catch {
    // A lenient decode would store U+FFFD in place of whatever the client meant.
    throw new AppError('invalid_json', 'The body is not valid UTF-8');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const tooLarge = () => new AppError('payload_too_large', `The body is larger than ${MAX_JSON_BODY_BYTES / 1024} KiB`);

export async function readParams<S extends z.ZodType>(ctx: RouteContext, schema: S): Promise<z.output<S>> {
  // An invalid id cannot name anything, so it is a 404 like any unknown id.
  const parsed = schema.safeParse(await ctx.params);
  if (!parsed.success) throw new AppError('not_found', 'Not found');
  return parsed.data;
}

export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  return parseWith(schema, params, 'Query');
}

export async function requireActor(req: Request): Promise<Actor> {
  const actor = await resolveActor({ cookie: req.headers.get('cookie'), authorization: req.headers.get('authorization') });
  if (!actor) throw new AppError('unauthenticated', 'Sign in first');
  return actor;
}

export function requireStaff(actor: Actor): Actor {
  if (actor.kind !== 'staff') throw new AppError('forbidden', 'Guests can only use the board they were invited to');
  return actor;
}
