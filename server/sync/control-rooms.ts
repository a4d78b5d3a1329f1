import * as Y from 'yjs';
import { audienceMap, audienceRoom, type Audience } from '../../lib/server/sync/audience';
import type { Connection } from './connection';
import type { RoomRegistry } from './room-registry';
import { SyncType } from './protocol';
import { encodeSync, SERVER_ORIGIN, type Room } from './room';

/** Key in a person's own control state (map `me`) holding their policy context. */
export const ACCESS_KEY = 'access';

/**
 * Server-owned live state (session clock and phase, proposals, votes, the
 * viewer's own capabilities), one control document per audience: everyone
 * (map `state`), moderators (map `moderators`), one person (map `me`).
 * A socket on `/sync/<boardId>/control` is a member of the everyone room and
 * of the rooms of its other audiences, so it receives exactly what they may
 * see: a state addressed to moderators never reaches a contributor's
 * socket. Each document has its own clientIDs and root map, so the client
 * merges them into one Y.Doc without conflicts. Clients only read; the
 * process writes through `runtime.sync.setControlState`.
 */
export class ControlRooms {
  constructor(private readonly registry: RoomRegistry) {}

  set(boardId: string, key: string, value: unknown, audience: Audience = 'everyone'): Promise<void> {
    return this.setMany(boardId, { [key]: value }, audience);
  }

  /** Sets (or, for `undefined`, deletes) several keys in one transaction: one update for the audience. */
  async setMany(boardId: string, entries: Record<string, unknown>, audience: Audience = 'everyone'): Promise<void> {
    const room = await this.registry.get(boardId, audienceRoom(audience));
    const map = room.doc.getMap(audienceMap(audience));
    // A JSON round trip: no Y types or class instances from another bundle get in.
    const changed = Object.entries(entries)
      .map(([key, value]) => [key, value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown)] as const)
      .filter(([key, json]) => (json === undefined ? map.has(key) : JSON.stringify(map.get(key)) !== JSON.stringify(json)));
    if (changed.length) {
      room.doc.transact(() => {
        for (const [key, json] of changed) {
          if (json === undefined) map.delete(key);
          else map.set(key, json);
        }
      }, SERVER_ORIGIN);
    }
    this.release(room);
  }

  async get(boardId: string, audience: Audience = 'everyone'): Promise<Record<string, unknown>> {
    const room = await this.registry.get(boardId, audienceRoom(audience));
    const out = room.doc.getMap(audienceMap(audience)).toJSON() as Record<string, unknown>;
    this.release(room);
    return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
  }

  /**
   * Makes a control socket a member of exactly its audiences' rooms (beyond
   * the everyone room it joined), sending each newly joined room's state,
   * and publishes what the rule book lets the person do (`me.access`: the
   * plain policy context, which the page decides with). Called on admission
   * and after every access change, so open pages follow within a second.
   */
  async join(conn: Connection): Promise<void> {
    const { boardId } = conn.admission;
    await this.set(boardId, ACCESS_KEY, conn.admission.rules, { userId: conn.userId });
    const wanted = this.registry.hooks.audienceOf(conn.admission).filter((a) => a !== 'everyone');
    const kinds = new Set<string>(wanted.map(audienceRoom));
    for (const room of [...conn.audienceRooms]) if (!kinds.has(room.kind)) this.leaveRoom(conn, room);
    for (const audience of wanted) {
      if (conn.audienceRooms.some((r) => r.kind === audienceRoom(audience))) continue;
      const room = await this.registry.get(boardId, audienceRoom(audience));
      if (conn.isClosed) return this.release(room);
      room.members.add(conn);
      conn.audienceRooms.push(room);
      // As an update, not a SyncStep2: the client counts as synced when the everyone room answers its SyncStep1.
      conn.send(encodeSync(SyncType.update, Y.encodeStateAsUpdate(room.doc)));
    }
  }

  leaveAll(conn: Connection): void {
    for (const room of [...conn.audienceRooms]) this.leaveRoom(conn, room);
  }

  private leaveRoom(conn: Connection, room: Room): void {
    room.leave(conn);
    conn.audienceRooms.splice(conn.audienceRooms.indexOf(room), 1);
    this.release(room);
  }

  private release(room: Room): void {
    if (!room.members.size) this.registry.scheduleUnload(room);
  }
}
