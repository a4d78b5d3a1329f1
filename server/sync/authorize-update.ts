import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { readLane } from '../../lib/shared/board-doc/lanes';
import { lanesOf } from '../../lib/shared/board-doc/layout';
import { SEED_CLIENT_ID } from '../../lib/shared/board-doc/seed';
import { parseUpdate, type ParsedUpdate } from '../../lib/server/sync/parse-update';
import { trimUpdate } from '../../lib/server/sync/trim-update';
import { CloseCode, SocketRefusal } from './close-codes';
import type { Room } from './room';
import { UpdateInspector } from './update-inspect';


/** The writer's capabilities, as the rule book (lib/shared/policy) answers them. */
export interface Writer {
  userId: string;
  canWrite: boolean;
  /** The rule book's refusal when the socket may not write: its reason becomes the close reason (4409 when archived). */
  readOnly?: { code: 'forbidden' | 'conflict'; reason: string } | null;
  side: 'firm' | 'customer';
  /** Owners and moderators: lanes (names, order, hiding, who may write) are theirs to change. */
  mayManageLanes: boolean;
  /** Whether a cell of this lane is the writer's to change. */
  mayWriteLane: (lane: { customerWritable: boolean }) => boolean;
}

/**
 * The `authorizeUpdate` hook. Returns the update to apply, or null when it
 * holds nothing the room may take (a replay of what the server has: ignored,
 * not an offence); throws {@link SocketRefusal} when the sender may not make
 * this change. It judges what the update would *do* to the room's document
 * (see UpdateInspector), and decides before anything changes: a refused
 * update claims nothing and reaches nobody.
 *
 * - every new struct must belong to a clientID the sender owns (or, not
 *   written with yet, one nobody else has used in presence). In a live
 *   `Update` another user's clientID is impersonation (4403). In a
 *   `SyncStep2` (the reconnect handshake) it is a recovery replay: after a
 *   crash a client re-sends what it had received from others and the server
 *   lost. Those structs are cut out (their owner re-sends them with the same
 *   handshake), so they keep their original owner and are never credited to
 *   the replaying user;
 * - nothing may stay pending in the document, where it would be integrated
 *   later inside someone else's update and credited to them: a live update
 *   whose structs start past the sender's known clock, refer to structs the
 *   server does not have, or deletes clocks it does not have is refused (or,
 *   before the sender's handshake, left to it). A handshake is trimmed to
 *   the part that integrates now; `onHeldBack` learns what the rest waits for;
 * - every struct is judged where it lands: one overlapping what the server
 *   holds of its clientID is cut where that ends, and its new part judged
 *   after the clientID's last item, which is where Yjs puts it;
 * - read-only sockets (observers, propose-only contributors, any client on
 *   the control room) may not add anything of their own;
 * - only owners and moderators change the `lanes` map, so nobody else can
 *   rename a lane or open a firm-only lane to customers;
 * - customers may not write cells of lanes marked `customerWritable: false`,
 *   nor delete them, also not by deleting (or overwriting) a step, its
 *   `cells` map or a script that holds them;
 * - a map key holds one value: a struct that would put a live run of
 *   several under one key (Yjs then breaks when part of it is deleted) is
 *   refused, and so is an update that would split such a run stored
 *   before this rule (deleting all of it is fine);
 * - only then is a new clientID claimed for the sender (`claim`).
 */
export async function authorizeUpdate(opts: {
  room: Room;
  writer: Writer;
  update: Uint8Array;
  parsed: ParsedUpdate;
  handshake: boolean;
  /**
   * False while the sender's live updates may build on content the server
   * does not have yet and will get from the sender's next SyncStep2 (before
   * its handshake, or after one that was trimmed): such updates are dropped,
   * not refused. True (or absent) otherwise.
   */
  handshakeDone?: boolean;
  claim: (clientId: number) => Promise<string>;
  onReplayDropped?: (clients: number[]) => void;
  /** Part of a handshake was held back: it integrates once the document holds these clocks (client → clock). */
  onHeldBack?: (waitingOn: Map<number, number>) => void;
}): Promise<Uint8Array | null> {
  const { room, writer } = opts;
  let { update, parsed } = opts;
  let inspector = new UpdateInspector(room.doc, parsed);
  let fresh = inspector.newStructs();
  if (!fresh.length && inspector.deletesKnown()) return null;
  const ownerOf = (client: number) => (client === SEED_CLIENT_ID ? 'server' : room.owners.get(client));
  // Not written with yet but in someone's presence: theirs, not the first peer's to write with it.
  const userOf = (client: number) => ownerOf(client) ?? room.presenceUserOf(client);
  const reinspect = (next: Uint8Array) => {
    update = next;
    parsed = parseUpdate(update);
    inspector = new UpdateInspector(room.doc, parsed);
    fresh = inspector.newStructs();
  };
  const foreign = [...new Set(fresh.map((s) => s.client))].filter((c) => userOf(c) !== undefined && userOf(c) !== writer.userId);
  if (foreign.length) {
    if (!opts.handshake) throw new SocketRefusal(CloseCode.forbidden, `clientID ${foreign[0]} belongs to another user`);
    opts.onReplayDropped?.(foreign);
    reinspect(Y.diffUpdate(update, encodeStateVector(new Map(foreign.map((c) => [c, REPLAY_CUT])))) as Uint8Array);
  }
  const readOnly = !writer.canWrite || room.kind === 'control';
  if (!fresh.length && (readOnly ? opts.handshake : inspector.deletesKnown())) return null;
  if (readOnly) throw readOnlyRefusal(writer);

  let placement = inspector.placement();
  if (placement.overlaps.size) {
    // Yjs would integrate the new part of an overlapping struct right after the clientID's last item,
    // whatever its origin says. Cut it there (what diffUpdate writes: origin = that item, parent = its
    // parent) and judge that. Honest clients overlap when a handshake repeats what their live updates
    // brought meanwhile, or when a reloaded page re-sends stored edits whose items were merged.
    reinspect(Y.diffUpdate(update, encodeStateVector(placement.overlaps)) as Uint8Array);
    placement = inspector.placement();
  }
  let heldBack: Map<number, number> | null = null;
  if (placement.cut.size || placement.unknownDeletes) {
    if (!opts.handshake) {
      if (opts.handshakeDone === false) return null;
      throw new SocketRefusal(CloseCode.forbidden, 'update refers to content the server does not have');
    }
    heldBack = placement.waitingOn;
    const { state } = placement;
    const known = (client: number) => state.get(client) ?? Y.getState(room.doc.store, client);
    const deletes = parsed.deletes
      .filter((d) => d.clock < known(d.client))
      .map((d) => ({ ...d, len: Math.min(d.len, known(d.client) - d.clock) }));
    reinspect(trimUpdate(update, parsed, placement.cut, deletes));
    placement = inspector.placement();
  }
  if (placement.cut.size || placement.unknownDeletes || placement.overlaps.size) {
    throw new SocketRefusal(CloseCode.forbidden, 'update refers to content the server does not have');
  }
  if (!fresh.length && inspector.deletesKnown()) {
    if (heldBack) opts.onHeldBack?.(heldBack);
    return null;
  }

  const run = inspector.liveRunInMap();
  if (run) throw new SocketRefusal(CloseCode.forbidden, `map key: struct ${run.client}:${run.clock} would hold ${run.length} live values under one key`);
  const split = inspector.splitsLiveMapRun();
  if (split) throw new SocketRefusal(CloseCode.forbidden, `map key: the update would split struct ${split.id.client}:${split.id.clock}, ${split.length} live values under one key`);

  const unplaceable = () => {
    if (!opts.handshake && opts.handshakeDone === false) return null;
    throw new SocketRefusal(CloseCode.forbidden, 'update refers to content the server does not have');
  };
  if (!writer.mayManageLanes && room.kind === 'content') {
    const roots = inspector.touchedRoots();
    if (!roots) return unplaceable();
    if (roots.has('lanes')) throw new SocketRefusal(CloseCode.forbidden, 'lanes: only owners and moderators change lanes');
  }
  if (writer.side === 'customer' && room.kind === 'content') {
    const lanes = inspector.touchedLanes();
    if (!lanes) return unplaceable();
    for (const laneId of lanes) {
      if (!writer.mayWriteLane({ customerWritable: customerWritable(room.doc, laneId) })) throw new SocketRefusal(CloseCode.forbidden, `lane ${laneId} is not open to customers`);
    }
  }
  // Last: the update is accepted, so its new clientIDs become the sender's.
  for (const client of new Set(fresh.map((s) => s.client))) {
    const owner = ownerOf(client) ?? (await opts.claim(client));
    if (owner !== writer.userId) throw new SocketRefusal(CloseCode.forbidden, `clientID ${client} belongs to another user`);
  }
  if (heldBack) opts.onHeldBack?.(heldBack);
  return update;
}

function readOnlyRefusal(writer: Writer): SocketRefusal {
  const why = writer.readOnly;
  if (why?.code === 'conflict') return new SocketRefusal(CloseCode.archived, `read-only: ${why.reason}`);
  return new SocketRefusal(CloseCode.forbidden, `read-only: ${why?.reason ?? 'this socket may not change the board'}`);
}

// A clock beyond any real one (and within the parser's limit): `diffUpdate` drops every struct below it.
const REPLAY_CUT = 2 ** 40 - 1;

function encodeStateVector(sv: Map<number, number>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, sv.size);
  for (const [client, clock] of sv) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, clock);
  }
  return encoding.toUint8Array(e);
}

/** The editor's own rule (lib/shared/board-doc): a lane is open to customers only when it says so. */
export function customerWritable(doc: Y.Doc, laneId: string): boolean {
  const lane = lanesOf(doc).get(laneId);
  return lane ? readLane(laneId, lane).customerWritable : false;
}
