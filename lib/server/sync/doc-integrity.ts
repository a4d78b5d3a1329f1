import * as Y from 'yjs';

/** A clock range of one Yjs client that the document needs and does not have; `to` is null when only its start is known. */
export interface MissingRange {
  client: number;
  from: number;
  to: number | null;
}

/** Structs (or deletions) a document holds back because what they build on is missing. */
export interface IntegrityReport {
  missing: MissingRange[];
  /** Clock ranges of the structs waiting for the missing ones, per client. */
  heldBack: Array<{ client: number; from: number; to: number }>;
  /** Deletions of content the document does not have. */
  pendingDeletes: Array<{ client: number; clock: number; len: number }>;
}

export function hasPending(doc: Y.Doc): boolean {
  return !!(doc.store.pendingStructs || doc.store.pendingDs);
}

/**
 * What a document built from checkpoint + log cannot integrate, or null when
 * it is complete. Yjs keeps such structs "pending" silently, and everything
 * their authors wrote afterwards with them: a gap in the log hides all of it.
 */
export function inspectIntegrity(doc: Y.Doc): IntegrityReport | null {
  if (!hasPending(doc)) return null;
  const state = (client: number) => Y.getState(doc.store, client);
  const heldBack = new Map<number, { from: number; to: number }>();
  if (doc.store.pendingStructs) {
    for (const s of Y.decodeUpdateV2(doc.store.pendingStructs.update).structs) {
      if (s instanceof Y.Skip) continue;
      const range = heldBack.get(s.id.client);
      const end = s.id.clock + s.length;
      if (!range) heldBack.set(s.id.client, { from: s.id.clock, to: end });
      else heldBack.set(s.id.client, { from: Math.min(range.from, s.id.clock), to: Math.max(range.to, end) });
    }
  }
  const missing = new Map<number, MissingRange>();
  for (const [client, range] of heldBack) {
    if (state(client) < range.from) missing.set(client, { client, from: state(client), to: range.from });
  }
  // Dependencies on clients that have nothing pending themselves: only the start of the gap is known.
  for (const client of doc.store.pendingStructs?.missing.keys() ?? []) {
    if (!missing.has(client) && !heldBack.has(client)) missing.set(client, { client, from: state(client), to: null });
  }
  const pendingDeletes: IntegrityReport['pendingDeletes'] = [];
  if (doc.store.pendingDs) {
    for (const [client, items] of Y.decodeUpdateV2(doc.store.pendingDs).ds.clients) {
      for (const { clock, len } of items) {
        pendingDeletes.push({ client, clock, len });
        if (clock + len > state(client) && !missing.has(client) && !heldBack.has(client)) missing.set(client, { client, from: state(client), to: clock + len });
      }
    }
  }
  return {
    missing: [...missing.values()],
    heldBack: [...heldBack].map(([client, r]) => ({ client, ...r })),
    pendingDeletes,
  };
}
