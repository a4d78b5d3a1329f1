import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { readLane } from '../../lib/shared/board-doc/lanes';
import { lanesOf } from '../../lib/shared/board-doc/layout';
import { SEED_CLIENT_ID } from '../../lib/shared/board-doc/seed';
import { parseUpdate, type ParsedUpdate } from '../../lib/server/sync/parse-update';
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
 * this change.
 *
 * - every new struct must belong to a clientID the sender owns (first use
 *   claims it via `claim`). In a live `Update` another user's clientID is
 *   impersonation (4403). In a `SyncStep2` (the reconnect handshake) it is a
 *   recovery replay: after a crash a client re-sends what it had received
 *   from others and the server lost. Those structs are cut out (their owner
 *   re-sends them with the same handshake), so they keep their original
 *   owner and are never credited to the replaying user;
 * - read-only sockets (observers, propose-only contributors, any client on
 *   the control room) may not add anything of their own;
 * - only owners and moderators change the `lanes` map, so nobody else can
 *   rename a lane or open a firm-only lane to customers;
 * - customers may not write cells of lanes marked `customerWritable: false`.
 */
export async function authorizeUpdate(opts: {
  room: Room;
  writer: Writer;
  update: Uint8Array;
  parsed: ParsedUpdate;
  handshake: boolean;
  /** The sender has completed its handshake (see Connection.handshakeDone); true when unknown. */
  handshakeDone?: boolean;
  claim: (clientId: number) => Promise<string>;
  onReplayDropped?: (clients: number[]) => void;
}): Promise<Uint8Array | null> {
  const { room, writer } = opts;
  let { update, parsed } = opts;
  let inspector = new UpdateInspector(room.doc, parsed);
  let fresh = inspector.newStructs();
  if (!fresh.length && inspector.deletesKnown()) return null;
  const ownerOf = (client: number) => (client === SEED_CLIENT_ID ? 'server' : room.owners.get(client));
  const foreign = [...new Set(fresh.map((s) => s.client))].filter((c) => ownerOf(c) !== undefined && ownerOf(c) !== writer.userId);
  if (foreign.length) {
    if (!opts.handshake) throw new SocketRefusal(CloseCode.forbidden, `clientID ${foreign[0]} belongs to another user`);
    opts.onReplayDropped?.(foreign);
    update = Y.diffUpdate(update, encodeStateVector(new Map(foreign.map((c) => [c, REPLAY_CUT])))) as Uint8Array;
    parsed = parseUpdate(update);
    inspector = new UpdateInspector(room.doc, parsed);
    fresh = inspector.newStructs();
  }
  const readOnly = !writer.canWrite || room.kind === 'control';
  if (!fresh.length && (readOnly ? opts.handshake : inspector.deletesKnown())) return null;
  if (readOnly) throw readOnlyRefusal(writer);
  for (const client of new Set(fresh.map((s) => s.client))) {
    const owner = ownerOf(client) ?? (await opts.claim(client));
    if (owner !== writer.userId) throw new SocketRefusal(CloseCode.forbidden, `clientID ${client} belongs to another user`);
  }
  // An update the server cannot place yet, sent before the sender's SyncStep2 (which carries what it builds
  // on), is left to that SyncStep2; after the handshake it can only be a forgery.
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
