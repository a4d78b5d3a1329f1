import * as encoding from 'lib0/encoding';
import { MalformedInput, SafeDecoder } from '../../lib/server/sync/safe-decoder';

/** Who a connection is, as the server knows it: the only source of presence identity. */
export interface PresenceIdentity {
  id: string;
  /** Null for customers on anonymous boards: peers show the name their own participant list gives. */
  name: string | null;
  color: string;
  side: 'firm' | 'customer';
}


/**
 * Rewrites a client's awareness update: entries for clientIDs the
 * connection may not speak for are dropped, and `user` in every state is
 * replaced by the server's identity of the connection. Returns null when
 * nothing is left.
 */
export function rewriteAwareness(update: Uint8Array, identity: PresenceIdentity, mayUse: (clientId: number) => boolean): Uint8Array | null {
  const d = new SafeDecoder(update);
  const n = d.count(3);
  const kept: Array<{ clientId: number; clock: number; state: string }> = [];
  for (let i = 0; i < n; i++) {
    const clientId = d.varUint();
    const clock = d.varUint();
    const raw = d.string();
    let state: unknown;
    try {
      state = JSON.parse(raw);
    } catch {
      throw new MalformedInput('awareness state is not JSON');
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) throw new MalformedInput('awareness state is not an object');
    if (!mayUse(clientId)) continue;
    const rewritten = state === null ? null : { ...(state as Record<string, unknown>), user: identity };
    kept.push({ clientId, clock, state: JSON.stringify(rewritten) });
  }
  if (d.hasContent()) throw new MalformedInput('trailing bytes after awareness update');
  if (!kept.length) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const k of kept) {
    encoding.writeVarUint(encoder, k.clientId);
    encoding.writeVarUint(encoder, k.clock);
    encoding.writeVarString(encoder, k.state);
  }
  return encoding.toUint8Array(encoder);
}
