import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** An id as Yjs writes it. */
export type Id = { client: number; clock: number };

/** One hand-built struct: text, a nested Y.Map, or a placeholder, placed however the attacker likes. */
export type CraftedStruct =
  | { kind: 'text'; text: string; origin?: Id; rightOrigin?: Id; parent?: Id | string; parentSub?: string }
  | { kind: 'map'; origin?: Id; rightOrigin?: Id; parent?: Id | string; parentSub?: string }
  | { kind: 'skip'; length: number }
  | { kind: 'gc'; length: number };

export interface CraftedUpdate {
  clients: Array<{ client: number; clock: number; structs: CraftedStruct[] }>;
  deletes?: Array<{ client: number; clock: number; len: number }>;
}

function writeId(e: encoding.Encoder, id: Id) {
  encoding.writeVarUint(e, id.client);
  encoding.writeVarUint(e, id.clock);
}

/**
 * Encodes a Yjs v1 update struct by struct, the way a hand-built client
 * would: nothing stops it from naming clocks, origins and parents that a
 * real Y.Doc would never produce.
 */
export function encodeCrafted(update: CraftedUpdate): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, update.clients.length);
  for (const { client, clock, structs } of update.clients) {
    encoding.writeVarUint(e, structs.length);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, clock);
    for (const s of structs) {
      if (s.kind === 'skip' || s.kind === 'gc') {
        encoding.writeUint8(e, s.kind === 'skip' ? 10 : 0);
        encoding.writeVarUint(e, s.length);
        continue;
      }
      const ref = s.kind === 'text' ? 4 : 7;
      const writesParent = !s.origin && !s.rightOrigin;
      const info = ref | (s.origin ? 0x80 : 0) | (s.rightOrigin ? 0x40 : 0) | (writesParent && s.parentSub !== undefined ? 0x20 : 0);
      encoding.writeUint8(e, info);
      if (s.origin) writeId(e, s.origin);
      if (s.rightOrigin) writeId(e, s.rightOrigin);
      if (writesParent) {
        const parent = s.parent ?? 'probe';
        if (typeof parent === 'string') {
          encoding.writeVarUint(e, 1);
          encoding.writeVarString(e, parent);
        } else {
          encoding.writeVarUint(e, 0);
          writeId(e, parent);
        }
        if (s.parentSub !== undefined) encoding.writeVarString(e, s.parentSub);
      }
      if (s.kind === 'text') encoding.writeVarString(e, s.text);
      else encoding.writeVarUint(e, 1); // YMap
    }
  }
  const deletes = update.deletes ?? [];
  const byClient = new Map<number, Array<{ clock: number; len: number }>>();
  for (const d of deletes) byClient.set(d.client, [...(byClient.get(d.client) ?? []), d]);
  encoding.writeVarUint(e, byClient.size);
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, ranges.length);
    for (const r of ranges) {
      encoding.writeVarUint(e, r.clock);
      encoding.writeVarUint(e, r.len);
    }
  }
  return encoding.toUint8Array(e);
}

/** The id of the item holding a type (a step's map, its `cells`, a cell's text). */
export function itemId(type: Y.AbstractType<any>): Id {
  const item = type._item;
  if (!item) throw new Error('a root type has no item');
  return { client: item.id.client, clock: item.id.clock };
}

/** The id of a cell text's last character, or null when it is empty. */
export function lastCharId(text: Y.Text): Id | null {
  let last: Y.Item | null = null;
  for (let n = text._start; n; n = n.right) if (!n.deleted) last = n;
  return last ? { client: last.id.client, clock: last.id.clock + last.length - 1 } : null;
}

/** The sync frames of the y-websocket protocol, as a hand-built client sends them. */
export function syncFrame(sub: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** The presence message a stock client sends when it connects: it announces the document's clientID. */
export function awarenessFrame(doc: Y.Doc): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({});
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
  awareness.destroy();
  return encoding.toUint8Array(e);
}
