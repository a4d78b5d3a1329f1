import * as Y from 'yjs';
import type { ParsedStruct, ParsedUpdate } from '../../lib/server/sync/parse-update';
import { placeUpdate, type Placement } from './update-placement';

/** A struct either already in the document or arriving in the update under inspection. */
type Node = { src: 'doc'; item: Y.Item } | { src: 'update'; s: ParsedStruct };

const MAX_DEPTH = 64;
/** Yjs's content ref of an item whose content is gone (deleted and collected). */
const CONTENT_DELETED = 1;

/**
 * Answers questions about an update against the document it is about to be
 * applied to, without applying it: which of its structs are new (the rest is
 * a replay of what the server already has), whether its deletions are
 * already known, and which board lanes it touches.
 */
export class UpdateInspector {
  private readonly byClient = new Map<number, ParsedStruct[]>();
  private placed: Placement | null = null;
  private fresh: ParsedStruct[] | null = null;
  private merged: Map<number, Array<[number, number]>> | null = null;
  // Items that copy their parent from their origin form chains: resolve each struct once.
  private readonly holderMemo = new Map<ParsedStruct, Node | 'root' | undefined>();
  private readonly subMemo = new Map<ParsedStruct, string | null | undefined>();

  constructor(
    private readonly doc: Y.Doc,
    readonly parsed: ParsedUpdate,
  ) {
    for (const s of parsed.structs) {
      if (s.kind !== 'item') continue;
      const list = this.byClient.get(s.client) ?? [];
      list.push(s);
      this.byClient.set(s.client, list);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.clock - b.clock);
  }

  /** Structs whose clock range the document does not hold yet (skips are placeholders, never new). */
  newStructs(): ParsedStruct[] {
    return (this.fresh ??= this.parsed.structs.filter((s) => s.kind !== 'skip' && s.clock + s.length > Y.getState(this.doc.store, s.client)));
  }

  /** True when every deletion in the update is already applied to the document. */
  deletesKnown(): boolean {
    for (const range of this.parsed.deletes) {
      if (range.len === 0) continue;
      if (range.clock + range.len > Y.getState(this.doc.store, range.client)) return false;
      let known = true;
      this.forEachDocStruct(range.client, range.clock, range.len, (s) => {
        if (!s.deleted) known = false;
      });
      if (!known) return false;
    }
    return true;
  }

  /**
   * Lane ids of the board cells the update writes to, or null when a
   * struct refers to something neither the document nor the update holds
   * (such a struct would wait as "pending" and could land anywhere later).
   */
  touchedLanes(): Set<string> | null {
    const lanes = new Set<string>();
    for (const s of this.newStructs()) {
      if (s.kind !== 'item') continue;
      const lane = this.laneOf({ src: 'update', s });
      if (lane === undefined) return null;
      if (lane) lanes.add(lane);
    }
    for (const item of this.deletedItems()) this.lanesDeletedWith(item, lanes);
    return lanes;
  }

  /**
   * Items of the document the update deletes: those its delete set names,
   * and map values its new structs overwrite (setting a key that holds an
   * item deletes that item). Their contents go with them (see lanesDeletedWith).
   */
  private deletedItems(): Y.Item[] {
    const items: Y.Item[] = [];
    for (const range of this.parsed.deletes) {
      this.forEachDocStruct(range.client, range.clock, range.len, (s) => {
        if (s instanceof Y.Item && !s.deleted) items.push(s);
      });
    }
    for (const s of this.newStructs()) {
      if (s.kind !== 'item') continue;
      const node: Node = { src: 'update', s };
      const sub = this.parentSubOf(node, 0);
      if (sub === null || sub === undefined) continue;
      const holder = this.parentHolder(node, 0);
      let type: Y.AbstractType<any> | undefined;
      if (holder === 'root') {
        const name = this.rootName(node, 0);
        type = name === undefined ? undefined : this.doc.share.get(name);
      } else if (holder?.src === 'doc' && holder.item.content instanceof Y.ContentType) type = holder.item.content.type;
      const current = type?._map.get(sub);
      if (current && !current.deleted) items.push(current);
    }
    return items;
  }

  /**
   * Adds the lanes whose cells go when `item` is deleted: its own lane, or,
   * above the cells, every lane of the cells under it (a step's map item
   * takes its cells along). The walk stops at cells: it costs the deleted
   * structure, never the text in it.
   */
  private lanesDeletedWith(item: Y.Item, lanes: Set<string>): void {
    const lane = this.laneOf({ src: 'doc', item });
    if (lane) return void lanes.add(lane);
    const stack = [item];
    while (stack.length) {
      const cur = stack.pop()!;
      if (!(cur.content instanceof Y.ContentType)) continue;
      const type = cur.content.type;
      const isCells = cur.parentSub === 'cells';
      for (const [key, child] of type._map) {
        if (child.deleted) continue;
        if (isCells) lanes.add(key);
        else stack.push(child);
      }
      for (let n = type._start; n; n = n.right) if (!n.deleted) stack.push(n);
    }
  }

  /**
   * A new struct that would hold several live values under one map key, if
   * any. A stock client writes one value per key (`Y.Map.set`); runs longer
   * than one only arrive deleted (a key's overwritten values, merged). A live
   * run is a crafted one: a later delete of part of it leaves an overwritten
   * value alive under the key's deleted one, which Yjs's garbage collector
   * throws on, in every client that then deletes the map holding it.
   */
  liveRunInMap(): ParsedStruct | undefined {
    return this.newStructs().find(
      // The delete-set walk last: text runs are common, map runs rare.
      (s) => s.kind === 'item' && s.length > 1 && s.content !== CONTENT_DELETED && typeof this.parentSubOf({ src: 'update', s }, 0) === 'string' && !this.deletedByUpdate(s),
    );
  }

  /**
   * The document's live map run (see liveRunInMap) that the update would cut
   * in two, if any: by deleting part of it, or by placing a new struct next
   * to a clock inside it. Such runs are refused on arrival now, but a board
   * stored before that may hold one. Deleting all of it (what a stock client
   * does when it overwrites or deletes the key) is fine.
   */
  splitsLiveMapRun(): Y.Item | undefined {
    const isLiveRun = (s: Y.Item | Y.GC): s is Y.Item => s instanceof Y.Item && !s.deleted && s.length > 1 && s.parentSub !== null;
    for (const [client, ranges] of this.deleteRanges()) {
      for (const [from, to] of ranges) {
        let cut: Y.Item | undefined;
        this.forEachDocStruct(client, from, to - from, (s) => {
          if (!cut && isLiveRun(s) && (s.id.clock < from || s.id.clock + s.length > to)) cut = s;
        });
        if (cut) return cut;
      }
    }
    for (const s of this.newStructs()) {
      if (s.kind !== 'item') continue;
      // Yjs splits the run after the origin and before the right origin: only the run's own ends leave it whole.
      const left = this.find(s.origin);
      if (left?.src === 'doc' && isLiveRun(left.item) && s.origin!.clock !== left.item.id.clock + left.item.length - 1) return left.item;
      const right = this.find(s.rightOrigin);
      if (right?.src === 'doc' && isLiveRun(right.item) && s.rightOrigin!.clock !== right.item.id.clock) return right.item;
    }
    return undefined;
  }

  /** Whether the update's own delete set covers all of the struct. */
  private deletedByUpdate(s: ParsedStruct): boolean {
    return (this.deleteRanges().get(s.client) ?? []).some(([from, to]) => from <= s.clock && to >= s.clock + s.length);
  }

  private deleteRanges(): Map<number, Array<[number, number]>> {
    return (this.merged ??= mergedDeletes(this.parsed.deletes));
  }

  /** What Y.applyUpdate would integrate of the update, and what it would leave pending (see placeUpdate). */
  placement(): Placement {
    return (this.placed ??= placeUpdate(this.doc, this.parsed));
  }

  /**
   * Names of the root types (`lanes`, `scripts`, …) the update adds to or
   * deletes from, or null when a struct cannot be placed.
   */
  touchedRoots(): Set<string> | null {
    const roots = new Set<string>();
    for (const s of this.newStructs()) {
      if (s.kind !== 'item') continue;
      const root = this.rootOf({ src: 'update', s });
      if (root === undefined) return null;
      roots.add(root);
    }
    for (const range of this.parsed.deletes) {
      this.forEachDocStruct(range.client, range.clock, range.len, (s) => {
        if (s instanceof Y.Item && !s.deleted) {
          const root = this.rootOf({ src: 'doc', item: s });
          if (root) roots.add(root);
        }
      });
    }
    return roots;
  }

  private rootOf(start: Node): string | undefined {
    let cur: Node = start;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const holder = this.parentHolder(cur, 0);
      if (holder === undefined) return undefined;
      if (holder === 'root') return this.rootName(cur, 0);
      cur = holder;
    }
    return undefined;
  }

  /** The name of the root type a top-level node sits in (Yjs copies it from the origin when not written). */
  private rootName(node: Node, depth: number): string | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (node.src === 'doc') {
      const parent = node.item.parent as Y.AbstractType<unknown> | null;
      return parent ? Y.findRootTypeKey(parent) : undefined;
    }
    const { parent, origin, rightOrigin } = node.s;
    if (parent?.kind === 'root') return parent.name;
    if (parent) return undefined;
    const sibling = this.find(origin) ?? this.find(rightOrigin);
    return sibling ? this.rootName(sibling, depth + 1) : undefined;
  }

  private forEachDocStruct(client: number, clock: number, len: number, fn: (s: Y.Item | Y.GC) => void): void {
    const end = Math.min(clock + len, Y.getState(this.doc.store, client));
    let c = clock;
    while (c < end) {
      const s = Y.getItem(this.doc.store, Y.createID(client, c)) as Y.Item | Y.GC;
      fn(s);
      c = s.id.clock + s.length;
    }
  }

  /** The lane id if the node sits inside a cell, null if elsewhere, undefined if unresolvable. */
  private laneOf(start: Node): string | null | undefined {
    let cur: Node = start;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const sub = this.parentSubOf(cur, 0);
      const holder = this.parentHolder(cur, 0);
      if (holder === undefined || sub === undefined) return undefined;
      if (holder === 'root') return null;
      if (sub !== null && this.parentSubOf(holder, 0) === 'cells') return sub;
      cur = holder;
    }
    return undefined;
  }

  private find(id: { client: number; clock: number } | null): Node | undefined {
    if (!id) return undefined;
    // What the document already holds is what Yjs links to, even when the update repeats it.
    if (id.clock < Y.getState(this.doc.store, id.client)) {
      const s = Y.getItem(this.doc.store, Y.createID(id.client, id.clock));
      return s instanceof Y.Item ? { src: 'doc', item: s } : undefined;
    }
    const list = this.byClient.get(id.client) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (id.clock < s.clock) hi = mid - 1;
      else if (id.clock >= s.clock + s.length) lo = mid + 1;
      else return s.kind === 'item' ? { src: 'update', s } : undefined;
    }
    return undefined;
  }

  /** The item holding the node's parent type; 'root' for a root type. */
  private parentHolder(node: Node, depth: number): Node | 'root' | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (node.src === 'doc') {
      const parent = node.item.parent as Y.AbstractType<unknown> | null;
      if (!parent) return undefined;
      return parent._item ? { src: 'doc', item: parent._item } : 'root';
    }
    if (this.holderMemo.has(node.s)) return this.holderMemo.get(node.s);
    const { parent, origin, rightOrigin } = node.s;
    let result: Node | 'root' | undefined;
    if (parent?.kind === 'root') result = 'root';
    else if (parent?.kind === 'item') result = this.find(parent);
    else {
      const sibling = this.find(origin) ?? this.find(rightOrigin);
      result = sibling ? this.parentHolder(sibling, depth + 1) : undefined;
    }
    this.holderMemo.set(node.s, result);
    return result;
  }

  private parentSubOf(node: Node, depth: number): string | null | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (node.src === 'doc') return node.item.parentSub;
    if (node.s.parent) return node.s.parentSub;
    if (this.subMemo.has(node.s)) return this.subMemo.get(node.s);
    // Yjs copies the parent (and key) from the origin, else from the right origin.
    const sibling = this.find(node.s.origin) ?? this.find(node.s.rightOrigin);
    const result = sibling ? this.parentSubOf(sibling, depth + 1) : undefined;
    this.subMemo.set(node.s, result);
    return result;
  }
}

/** The delete set as sorted, merged [from, to) clock ranges per client (a crafted set may repeat or abut ranges). */
function mergedDeletes(deletes: ParsedUpdate['deletes']): Map<number, Array<[number, number]>> {
  const byClient = new Map<number, Array<[number, number]>>();
  for (const d of deletes) {
    if (d.len <= 0) continue;
    const list = byClient.get(d.client) ?? [];
    list.push([d.clock, d.clock + d.len]);
    byClient.set(d.client, list);
  }
  for (const [client, list] of byClient) {
    list.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [from, to] of list) {
      const last = merged[merged.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    }
    byClient.set(client, merged);
  }
  return byClient;
}
