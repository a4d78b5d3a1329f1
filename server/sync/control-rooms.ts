import type { RoomRegistry } from './room-registry';
import { SERVER_ORIGIN } from './room';

/**
 * The control room of a board (`/sync/<boardId>/control`): server-owned
 * live state (session clock and phase, proposals, votes) in one map,
 * `state`, of plain JSON values. Clients only read it; the rest of the
 * process writes it through `runtime.sync.setControlState`.
 */
export class ControlRooms {
  constructor(private readonly registry: RoomRegistry) {}

  async set(boardId: string, key: string, value: unknown): Promise<void> {
    // A JSON round trip: no Y types or class instances from another bundle get in.
    const json = value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
    const room = await this.registry.get(boardId, 'control');
    room.doc.transact(() => {
      const state = room.doc.getMap('state');
      if (json === undefined) state.delete(key);
      else state.set(key, json);
    }, SERVER_ORIGIN);
    if (!room.members.size) this.registry.scheduleUnload(room);
  }

  async get(boardId: string): Promise<Record<string, unknown>> {
    const room = await this.registry.get(boardId, 'control');
    const out = room.doc.getMap('state').toJSON() as Record<string, unknown>;
    if (!room.members.size) this.registry.scheduleUnload(room);
    return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
  }
}
