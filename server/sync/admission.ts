import type { IncomingMessage } from 'node:http';
import type { Actor } from '../../lib/server/auth/actor';
import { resolveActorOnBoard } from '../../lib/server/auth/board-actor';
import type { TConfig } from '../../lib/server/config';
import { hitRateLimit } from '../../lib/server/rate-limit';
import type { RoomKind } from '../../lib/server/sync/update-log';
import { decide, policyContext, type PolicyContext, type Refusal } from '../../lib/shared/policy';
import type { Role, Side } from '../../lib/shared/roles';
import { CloseCode, SocketRefusal } from './close-codes';

/** What the rule book says a socket may do; re-evaluated on every access change (recheck.ts). */
export interface SocketRights {
  /** The plain data the rule book decided from. */
  rules: PolicyContext;
  role: Role;
  side: Side;
  /** Whether updates from this socket may change the room. */
  canWrite: boolean;
  /** Why not, as the rule book says it (null when it may write, or on the read-only control room). */
  readOnly: Refusal | null;
  /** A customer on an "anonymous to peers" board: presence carries no name (each viewer names them from its participant list). */
  anonymousToPeers: boolean;
}

/** An admitted socket: who it is and what it may do on which room. */
export interface Admission extends SocketRights {
  actor: Actor;
  boardId: string;
  room: RoomKind;
  ip: string;
}

/** The rule book's answers for a socket on `room`. Clients never write the control room: the server does. */
export function socketRights(room: RoomKind, rules: PolicyContext): SocketRights {
  const edit = decide(rules, 'content.edit');
  const canWrite = room === 'content' && edit.allowed;
  return {
    rules,
    role: rules.role,
    side: rules.side,
    canWrite,
    readOnly: room === 'content' && !edit.allowed ? edit : null,
    anonymousToPeers: !decide(rules, 'presence.named').allowed,
  };
}

const PATH = /^\/sync\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/control)?\/?$/i;

export function parseSyncPath(url: string | undefined): { boardId: string; room: RoomKind; token: string | null } | null {
  const parsed = new URL(url ?? '/', 'http://x');
  const match = PATH.exec(parsed.pathname);
  if (!match) return null;
  return { boardId: match[1]!.toLowerCase(), room: match[2] ? 'control' : 'content', token: parsed.searchParams.get('token') };
}

/** Origins a browser may open sockets from: the public URL, ALLOWED_ORIGINS, and localhost in development. */
export function allowedOrigins(config: TConfig, publicUrl: string): (origin: string) => boolean {
  const list = new Set([publicUrl, ...(config.ALLOWED_ORIGINS ?? '').split(',')].map((o) => o.trim()).filter(Boolean).map(toOrigin));
  const dev = config.NODE_ENV === 'development';
  return (origin) => list.has(toOrigin(origin)) || (dev && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin));
}

function toOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * The `authenticate` hook: Origin → rate limit → credentials (session
 * cookie or `?token=`) → board → participant and role from the database
 * (one query for a session: user and participation together).
 * Throws {@link SocketRefusal} with the close code on refusal.
 */
export async function authenticate(opts: {
  req: IncomingMessage;
  config: TConfig;
  isAllowedOrigin: (origin: string) => boolean;
}): Promise<Admission> {
  const { req, config } = opts;
  const ip = req.socket.remoteAddress ?? 'unknown';
  const origin = req.headers.origin;
  if (origin && !opts.isAllowedOrigin(origin)) throw new SocketRefusal(CloseCode.forbidden, 'origin not allowed');
  if (!(await hitRateLimit('sync-ip', ip, { points: config.SYNC_CONNECTS_PER_MINUTE_IP, durationSec: 60 })).ok) {
    throw new SocketRefusal(CloseCode.rateLimited, 'too many connection attempts');
  }
  const target = parseSyncPath(req.url);
  if (!target) throw new SocketRefusal(CloseCode.malformed, 'expected /sync/<boardId> or /sync/<boardId>/control');
  const found = await resolveActorOnBoard({ cookie: req.headers.cookie, queryToken: target.token, authorization: req.headers.authorization }, target.boardId);
  if (!found) throw new SocketRefusal(CloseCode.unauthenticated, 'sign in first');
  const { actor, access } = found;
  if (!(await hitRateLimit('sync-user', actor.userId, { points: config.SYNC_CONNECTS_PER_MINUTE_USER, durationSec: 60 })).ok) {
    throw new SocketRefusal(CloseCode.rateLimited, 'too many connection attempts');
  }
  if (!access) throw new SocketRefusal(CloseCode.notFound, 'no such board');
  return { actor, boardId: target.boardId, room: target.room, ip, ...socketRights(target.room, policyContext(access.participant, access.board)) };
}
