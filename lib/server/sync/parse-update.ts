import { MalformedInput, SafeDecoder } from './safe-decoder';

/** Where a struct hangs: a root type by name, the type held by item (client, clock), or "same as my origin". */
export type ParentRef = { kind: 'root'; name: string } | { kind: 'item'; client: number; clock: number } | null;

/** One struct of an update, as read by {@link parseUpdate}. */
export interface ParsedStruct {
  kind: 'item' | 'gc' | 'skip';
  client: number;
  clock: number;
  length: number;
  origin: { client: number; clock: number } | null;
  rightOrigin: { client: number; clock: number } | null;
  parent: ParentRef;
  parentSub: string | null;
  /** Content kind (yjs content ref): 1 deleted, 4 string, 7 type, … */
  content: number;
  /** Where the struct's bytes lie in the update (for trimming without re-encoding). */
  start: number;
  end: number;
}

export interface ParsedUpdate {
  structs: ParsedStruct[];
  deletes: Array<{ client: number; clock: number; len: number }>;
}

export interface ParseLimits {
  /** Most structs plus delete ranges one update may carry. */
  maxEntries: number;
  /** Largest clock (+ length) a struct may claim; keeps arithmetic exact. */
  maxClock: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxEntries: 200_000, maxClock: 2 ** 40 };

/**
 * Reads a Yjs v1 update completely, checking every count and length against
 * the bytes that remain and against `limits`, in time linear in its size.
 * Only an update that passes is handed to `Y.applyUpdate`: crafted updates
 * that make yjs loop or allocate without bound (yjs#479, #498, #687) fail
 * here with {@link MalformedInput}. The result also tells the sync server
 * which clients, clocks and parents the update touches (attribution, lanes).
 */
export function parseUpdate(update: Uint8Array, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedUpdate {
  const d = new SafeDecoder(update);
  const structs: ParsedStruct[] = [];
  let entries = 0;
  const bump = (n: number) => {
    entries += n;
    if (entries > limits.maxEntries) throw new MalformedInput('too many structs in one update');
  };
  const clockOk = (clock: number) => {
    if (clock > limits.maxClock) throw new MalformedInput('clock out of range');
    return clock;
  };
  const readId = () => ({ client: d.varUint(), clock: clockOk(d.varUint()) });

  const clients = d.count(3);
  // Yjs keeps only the last block of a client listed twice: what we check must be what it reads.
  const seen = new Set<number>();
  for (let c = 0; c < clients; c++) {
    const n = d.count(1);
    bump(n);
    const client = d.varUint();
    if (seen.has(client)) throw new MalformedInput('client listed twice');
    seen.add(client);
    let clock = clockOk(d.varUint());
    for (let i = 0; i < n; i++) {
      const start = d.pos;
      const info = d.uint8();
      const ref = info & 0x1f;
      if (ref === 0 || ref === 10) {
        const length = d.varUint();
        if (length < 1) throw new MalformedInput('empty struct');
        structs.push({ kind: ref === 0 ? 'gc' : 'skip', client, clock, length, origin: null, rightOrigin: null, parent: null, parentSub: null, content: ref, start, end: d.pos });
        clock = clockOk(clock + length);
        continue;
      }
      const origin = info & 0x80 ? readId() : null;
      const rightOrigin = info & 0x40 ? readId() : null;
      const copiesParent = (info & 0xc0) !== 0;
      let parent: ParentRef = null;
      let parentSub: string | null = null;
      if (!copiesParent) {
        parent = d.varUint() === 1 ? { kind: 'root', name: d.string() } : { kind: 'item', ...readId() };
        if (info & 0x20) parentSub = d.string();
      }
      // Yjs takes an item's references to its own client as already there (every honest one points back):
      // one pointing at or past the item makes it throw halfway through applying the update.
      for (const id of [origin, rightOrigin, parent?.kind === 'item' ? parent : null]) {
        if (id && id.client === client && id.clock >= clock) throw new MalformedInput('struct refers to a later clock of its own client');
      }
      const length = readContent(d, ref);
      structs.push({ kind: 'item', client, clock, length, origin, rightOrigin, parent, parentSub, content: ref, start, end: d.pos });
      clock = clockOk(clock + length);
    }
  }
  const deletes: ParsedUpdate['deletes'] = [];
  const dsClients = d.count(2);
  for (let c = 0; c < dsClients; c++) {
    const client = d.varUint();
    const n = d.count(2);
    bump(n);
    for (let i = 0; i < n; i++) {
      const clock = clockOk(d.varUint());
      const len = d.varUint();
      clockOk(clock + len);
      deletes.push({ client, clock, len });
    }
  }
  if (d.hasContent()) throw new MalformedInput('trailing bytes after update');
  return { structs, deletes };
}

/** Skips an item's content and returns its length in clock units (as yjs counts it). */
function readContent(d: SafeDecoder, ref: number): number {
  switch (ref) {
    case 1: { // deleted
      const len = d.varUint();
      if (len < 1) throw new MalformedInput('empty deleted content');
      return len;
    }
    case 2: { // JSON: strings parsed by yjs
      const n = d.count(1);
      for (let i = 0; i < n; i++) d.bytes();
      if (n < 1) throw new MalformedInput('empty content');
      return n;
    }
    case 3: d.bytes(); return 1; // binary
    case 4: { // string: length in UTF-16 code units
      const s = d.string();
      if (s.length < 1) throw new MalformedInput('empty string content');
      return s.length;
    }
    case 5: d.bytes(); return 1; // embed (JSON)
    case 6: d.bytes(); d.bytes(); return 1; // format: key + JSON
    case 7: { // type
      const typeRef = d.varUint();
      if (typeRef > 6) throw new MalformedInput('unknown type');
      if (typeRef === 3 || typeRef === 5) d.bytes(); // XML element name / hook name
      return 1;
    }
    case 8: { // any
      const n = d.count(1);
      if (n < 1) throw new MalformedInput('empty content');
      for (let i = 0; i < n; i++) d.skipAny();
      return n;
    }
    case 9: d.bytes(); d.skipAny(); return 1; // subdocument
    default:
      throw new MalformedInput(`unknown content ${ref}`);
  }
}

/** The empty update ("nothing new"), as y-protocols writes it. */
export function isEmptyUpdate(parsed: ParsedUpdate): boolean {
  return parsed.structs.length === 0 && parsed.deletes.length === 0;
}
