import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseUpdate } from '../../lib/server/sync/parse-update';
import { authorizeUpdate, type Writer } from './authorize-update';
import { Room } from './room';

const hooks = { afterUpdate: () => {}, afterAwareness: () => {} };

function setup() {
  const owners = new Map<number, string>();
  const room = new Room('b', 'content', owners, hooks);
  const check = (writer: Writer, update: Uint8Array, handshake = false) =>
    authorizeUpdate({ room, writer, update, parsed: parseUpdate(update), handshake, claim: async (id) => (owners.has(id) ? owners.get(id)! : (owners.set(id, writer.userId), writer.userId)) });
  return { owners, room, check };
}

const victimWriter: Writer = { userId: 'victim', canWrite: true, side: 'firm' };
const attacker: Writer = { userId: 'attacker', canWrite: true, side: 'firm' };

describe('authorizeUpdate', () => {
  it('refuses new structs of a clientID owned by someone else in a live update, ignores replays', async () => {
    const { room, check } = setup();
    const victim = new Y.Doc();
    victim.getText('probe').insert(0, 'victim ');
    const victimUpdate = Y.encodeStateAsUpdate(victim);
    Y.applyUpdate(room.doc, (await check(victimWriter, victimUpdate))!);
    expect(await check(attacker, victimUpdate)).toBeNull();
    const forged = new Y.Doc();
    Y.applyUpdate(forged, victimUpdate);
    forged.clientID = victim.clientID; // after applying: yjs renames a doc that receives its own clientID
    const before = Y.encodeStateVector(forged);
    forged.getText('probe').insert(0, 'forged ');
    await expect(check(attacker, Y.encodeStateAsUpdate(forged, before))).rejects.toThrow(/another user/);
  });

  it("cuts other owners' structs out of a handshake replay and keeps the sender's own", async () => {
    const { room, owners, check } = setup();
    const victim = new Y.Doc();
    victim.getText('a').insert(0, 'lost in a crash');
    owners.set(victim.clientID, 'victim');
    const replayer = new Y.Doc();
    Y.applyUpdate(replayer, Y.encodeStateAsUpdate(victim));
    replayer.getText('b').insert(0, 'mine');
    const allowed = await check(attacker, Y.encodeStateAsUpdate(replayer), true);
    Y.applyUpdate(room.doc, allowed!);
    expect(room.doc.getText('b').toString()).toBe('mine');
    expect(room.doc.getText('a').toString()).toBe('');
    expect(owners.get(replayer.clientID)).toBe('attacker');
  });

  it('lets read-only sockets replay in a handshake but refuses their own changes', async () => {
    const { check } = setup();
    const observer: Writer = { userId: 'o', canWrite: false, side: 'customer' };
    expect(await check(observer, Y.encodeStateAsUpdate(new Y.Doc()), true)).toBeNull();
    const doc = new Y.Doc();
    doc.getText('x').insert(0, 'write');
    await expect(check(observer, Y.encodeStateAsUpdate(doc), false)).rejects.toThrow(/read-only/);
    await expect(check(observer, Y.encodeStateAsUpdate(doc), true)).rejects.toThrow(/read-only/);
  });
});
