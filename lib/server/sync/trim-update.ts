import * as encoding from 'lib0/encoding';
import type { ParsedUpdate } from './parse-update';

type DeleteRange = ParsedUpdate['deletes'][number];

/**
 * The update (Yjs v1) keeping, for each client in `cutAt`, only its structs
 * below that clock (a client cut at or below its first clock is left out),
 * every other client whole, and `deletes` as its delete set. Struct bytes are
 * copied as they are: nothing is decoded or re-encoded.
 */
export function trimUpdate(update: Uint8Array, parsed: ParsedUpdate, cutAt: ReadonlyMap<number, number>, deletes: readonly DeleteRange[]): Uint8Array {
  const blocks: Array<{ client: number; clock: number; count: number; start: number; end: number }> = [];
  for (const s of parsed.structs) {
    const cut = cutAt.get(s.client);
    if (cut !== undefined && s.clock >= cut) continue;
    const last = blocks[blocks.length - 1];
    if (last?.client === s.client) {
      last.count++;
      last.end = s.end;
    } else blocks.push({ client: s.client, clock: s.clock, count: 1, start: s.start, end: s.end });
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, blocks.length);
  for (const b of blocks) {
    encoding.writeVarUint(e, b.count);
    encoding.writeVarUint(e, b.client);
    encoding.writeVarUint(e, b.clock);
    encoding.writeUint8Array(e, update.subarray(b.start, b.end));
  }
  const byClient = new Map<number, DeleteRange[]>();
  for (const d of deletes) {
    if (d.len === 0) continue;
    const list = byClient.get(d.client);
    if (list) list.push(d);
    else byClient.set(d.client, [d]);
  }
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
