import * as Y from 'yjs';
import type { ParsedStruct, ParsedUpdate } from '../../lib/server/sync/parse-update';

type Id = { client: number; clock: number };

/**
 * What `Y.applyUpdate` would do with an update's structs and deletions,
 * worked out against the document without applying it.
 */
export interface Placement {
  /** Per client, the clock of its first struct that would stay pending (absent: all of it integrates). */
  cut: Map<number, number>;
  /** Per client, the clock from which one of its structs overlaps what the document holds (Yjs would re-anchor it). */
  overlaps: Map<number, number>;
  /** What the pending structs wait for: client → a clock the document does not hold yet. */
  waitingOn: Map<number, number>;
  /** Each client's clock once the integrable structs are in. */
  state: Map<number, number>;
  /** Some deletion names clocks the document would still not hold (Yjs keeps it pending). */
  unknownDeletes: boolean;
}

/** A client's structs in the update, read in clock order (as Yjs's per-client readers do). */
interface Reader {
  client: number;
  list: ParsedStruct[];
  i: number;
  stuck: boolean;
}

/**
 * Simulates Yjs's integration (its per-client readers and dependency
 * stack): which structs would integrate, which would stay pending and why,
 * which overlap the document, and whether every deletion lands.
 */
export function placeUpdate(doc: Y.Doc, parsed: ParsedUpdate): Placement {
  const store = doc.store;
  const state = new Map<number, number>();
  const stateOf = (client: number) => state.get(client) ?? Y.getState(store, client);
  const readers = new Map<number, Reader>();
  for (const s of parsed.structs) {
    let reader = readers.get(s.client);
    if (!reader) readers.set(s.client, (reader = { client: s.client, list: [], i: 0, stuck: false }));
    reader.list.push(s);
  }
  const overlaps = new Map<number, number>();
  const waitingOn = new Map<number, number>();
  const missing = (s: ParsedStruct, id: Id | null): Id | null => {
    if (!id) return null;
    // References to the struct's own client point back (parseUpdate checks it): present once the struct is reached.
    if (id.client === s.client) return null;
    return id.clock >= stateOf(id.client) ? id : null;
  };
  const unmet = (s: ParsedStruct): Id | null =>
    s.kind === 'item' ? (missing(s, s.origin) ?? missing(s, s.rightOrigin) ?? missing(s, s.parent?.kind === 'item' ? s.parent : null)) : null;
  // Runs a client's reader as far as it goes: 'done', 'stuck', or the id it waits for.
  const advance = (reader: Reader): 'done' | 'stuck' | Id => {
    const { list } = reader;
    while (reader.i < list.length) {
      const s = list[reader.i]!;
      // Yjs passes over skips; the struct after one integrates only if the document already holds the skipped clocks.
      if (s.kind === 'skip') {
        reader.i++;
        continue;
      }
      const clock = stateOf(s.client);
      if (s.clock > clock) return 'stuck';
      // Yjs resolves the references of every struct it reaches, also of one it already has: a missing one
      // leaves even a repeat pending.
      const dep = unmet(s);
      if (dep) return dep;
      if (s.clock + s.length <= clock) {
        reader.i++;
        continue;
      }
      if (s.clock < clock) {
        overlaps.set(s.client, clock);
        return 'stuck';
      }
      state.set(s.client, s.clock + s.length);
      reader.i++;
    }
    return 'done';
  };
  // Yjs gives up on every reader on its stack: each waits for the one above it.
  const markStuck = (stack: Reader[], cur: Reader) => {
    for (const r of stack) r.stuck = true;
    cur.stuck = true;
  };
  for (const first of [...readers.values()].sort((a, b) => b.client - a.client)) {
    if (first.stuck || first.i >= first.list.length) continue;
    const stack: Reader[] = [];
    let cur: Reader | undefined = first;
    while (cur) {
      const r = advance(cur);
      if (r === 'done') {
        cur = stack.pop();
        continue;
      }
      if (r === 'stuck') {
        markStuck(stack, cur);
        cur = undefined;
        continue;
      }
      const next = readers.get(r.client);
      if (!next || next.stuck || next === cur || stack.includes(next) || next.i >= next.list.length) {
        if (!waitingOn.has(r.client)) waitingOn.set(r.client, r.clock);
        markStuck(stack, cur);
        cur = undefined;
        continue;
      }
      stack.push(cur);
      cur = next;
    }
  }
  const cut = new Map<number, number>();
  for (const reader of readers.values()) {
    if (reader.stuck && reader.i < reader.list.length) cut.set(reader.client, reader.list[reader.i]!.clock);
  }
  const unknownDeletes = parsed.deletes.some((d) => d.len > 0 && d.clock + d.len > stateOf(d.client));
  return { cut, overlaps, waitingOn, state, unknownDeletes };
}
