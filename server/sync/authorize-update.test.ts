import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { listLanes, listScripts, getScript, listSteps, cellText, renameLane, setLaneCustomerWritable, seedBoardContent } from '../../lib/shared/board-doc';
import { stepsOf } from '../../lib/shared/board-doc/layout';
import { parseUpdate } from '../../lib/server/sync/parse-update';
import { authorizeUpdate, type Writer } from './authorize-update';
import { Room } from './room';
import { encodeCrafted } from '../tests/helpers/crafted-updates';

const hooks = { afterUpdate: () => {}, afterAwareness: () => {} };

/** The rule book's lane rule for a direct-editing contributor or editor of this side. */
const laneRule = (side: 'firm' | 'customer') => (lane: { customerWritable: boolean }) => side === 'firm' || lane.customerWritable;

function setup() {
  const owners = new Map<number, string>();
  const room = new Room('b', 'content', owners, hooks);
  const heldBack: Array<Map<number, number>> = [];
  const check = (writer: Writer, update: Uint8Array, handshake = false, handshakeDone?: boolean) =>
    authorizeUpdate({
      room,
      writer,
      update,
      parsed: parseUpdate(update),
      handshake,
      handshakeDone,
      claim: async (id) => (owners.has(id) ? owners.get(id)! : (owners.set(id, writer.userId), writer.userId)),
      onHeldBack: (waitingOn) => heldBack.push(waitingOn),
    });
  return { owners, room, check, heldBack };
}

/** A seeded board's first step: its id, where it sits in a document, and the id of its `rank` value. */
function seededStep(room: Room) {
  seedBoardContent(room.doc);
  const scriptId = listScripts(room.doc)[0]!.id;
  const stepId = listSteps(getScript(room.doc, scriptId)!)[0]!.id;
  const stepIn = (doc: Y.Doc) => stepsOf(getScript(doc, scriptId)!);
  return { stepId, stepIn, rank: stepIn(room.doc).get(stepId)!._map.get('rank')!.id };
}

const victimWriter: Writer = { userId: 'victim', canWrite: true, side: 'firm', mayManageLanes: true, mayWriteLane: laneRule('firm') };
const attacker: Writer = { userId: 'attacker', canWrite: true, side: 'firm', mayManageLanes: true, mayWriteLane: laneRule('firm') };

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

  it("refuses writing first with a clientID someone else's presence uses, and lets its holder claim it", async () => {
    const { room, owners, check } = setup();
    const victim = new Y.Doc();
    // Seen in presence: noted by this process, or stamped with its user by another process's server.
    room.notePresenceUser(victim.clientID, 'victim');
    const remote = new Y.Doc();
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, remote.clientID);
    encoding.writeVarUint(e, 1);
    encoding.writeVarString(e, JSON.stringify({ user: { id: 'victim' } }));
    awarenessProtocol.applyAwarenessUpdate(room.awareness, encoding.toUint8Array(e), 'redis');
    for (const id of [victim.clientID, remote.clientID]) {
      const squat = new Y.Doc();
      squat.clientID = id;
      squat.getText('probe').insert(0, 'squat');
      await expect(check(attacker, Y.encodeStateAsUpdate(squat))).rejects.toThrow(/belongs to another user/);
      // In a handshake it reads as a replay of the holder's structs: cut, not credited to the sender.
      expect(await check(attacker, Y.encodeStateAsUpdate(squat), true)).toBeNull();
      expect(owners.has(id)).toBe(false);
    }
    victim.getText('probe').insert(0, 'mine');
    const accepted = await check(victimWriter, Y.encodeStateAsUpdate(victim));
    Y.applyUpdate(room.doc, accepted!);
    expect(owners.get(victim.clientID)).toBe('victim');
    expect(room.doc.getText('probe').toString()).toBe('mine');
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
    const observer: Writer = { userId: 'o', canWrite: false, side: 'customer', mayManageLanes: false, mayWriteLane: laneRule('customer') };
    expect(await check(observer, Y.encodeStateAsUpdate(new Y.Doc()), true)).toBeNull();
    const doc = new Y.Doc();
    doc.getText('x').insert(0, 'write');
    await expect(check(observer, Y.encodeStateAsUpdate(doc), false)).rejects.toThrow(/read-only/);
    await expect(check(observer, Y.encodeStateAsUpdate(doc), true)).rejects.toThrow(/read-only/);
  });

  it('lets only owners and moderators change lanes, while cells stay open to editors', async () => {
    const { room, check } = setup();
    seedBoardContent(room.doc);
    const editor: Writer = { userId: 'ed', canWrite: true, side: 'firm', mayManageLanes: false, mayWriteLane: laneRule('firm') };
    const customer: Writer = { userId: 'cu', canWrite: true, side: 'customer', mayManageLanes: false, mayWriteLane: laneRule('customer') };
    const moderator: Writer = { userId: 'mo', canWrite: true, side: 'firm', mayManageLanes: true, mayWriteLane: laneRule('firm') };
    const firmOnly = listLanes(room.doc).find((lane) => !lane.customerWritable)!;
    const edit = (fn: (doc: Y.Doc) => void) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
      const before = Y.encodeStateVector(doc);
      fn(doc);
      return Y.encodeStateAsUpdate(doc, before);
    };
    const openLane = edit((doc) => setLaneCustomerWritable(doc, firmOnly.id, true));
    await expect(check(customer, openLane)).rejects.toThrow(/only owners and moderators/);
    await expect(check(editor, edit((doc) => renameLane(doc, firmOnly.id, 'Renamed')))).rejects.toThrow(/only owners and moderators/);
    expect(listLanes(room.doc).find((lane) => lane.id === firmOnly.id)).toEqual(firmOnly);

    const script = listScripts(room.doc)[0]!;
    const typeInCell = edit((doc) => {
      const s = getScript(doc, script.id)!;
      cellText(s, listSteps(s)[0]!.id, firmOnly.id).insert(0, 'staff note');
    });
    expect(await check(editor, typeInCell)).not.toBeNull();
    const renamed = await check(moderator, edit((doc) => renameLane(doc, firmOnly.id, 'Backstage')));
    Y.applyUpdate(room.doc, renamed!);
    expect(listLanes(room.doc).find((lane) => lane.id === firmOnly.id)?.name).toBe('Backstage');
  });

  it('leaves an update building on content the server lost to the coming handshake, and refuses it afterwards', async () => {
    const { check } = setup();
    const editor: Writer = { userId: 'ed', canWrite: true, side: 'firm', mayManageLanes: false, mayWriteLane: laneRule('firm') };
    const doc = new Y.Doc();
    doc.getText('notes').insert(0, 'typed before the server restarted');
    const before = Y.encodeStateVector(doc);
    doc.getText('notes').insert(5, ' and after');
    const onTopOfLost = Y.encodeStateAsUpdate(doc, before);
    expect(await check(editor, onTopOfLost, false, false)).toBeNull();
    await expect(check(editor, onTopOfLost, false, true)).rejects.toThrow(/does not have/);
  });

  it("trims a handshake to what integrates now: the sender's structs built on content the server lost wait, nothing stays pending", async () => {
    const { room, owners, check, heldBack } = setup();
    const victim = new Y.Doc();
    victim.getText('a').insert(0, 'lost');
    owners.set(victim.clientID, 'victim');
    const replayer = new Y.Doc();
    Y.applyUpdate(replayer, Y.encodeStateAsUpdate(victim));
    replayer.getText('b').insert(0, 'independent');
    replayer.getText('a').insert(4, ' and mine');
    const allowed = await check(attacker, Y.encodeStateAsUpdate(replayer), true);
    Y.applyUpdate(room.doc, allowed!);
    expect(room.doc.getText('b').toString()).toBe('independent');
    expect(room.doc.getText('a').toString()).toBe('');
    expect(room.doc.store.pendingStructs).toBeNull();
    expect(heldBack).toEqual([new Map([[victim.clientID, 3]])]);
    // Once the owner brings its part, the same handshake integrates whole.
    Y.applyUpdate(room.doc, Y.encodeStateAsUpdate(victim));
    Y.applyUpdate(room.doc, (await check(attacker, Y.encodeStateAsUpdate(replayer, Y.encodeStateVector(room.doc)), true))!);
    expect(room.doc.getText('a').toString()).toBe('lost and mine');
  });

  it("slices a handshake that repeats what the sender's own live update brought meanwhile", async () => {
    const { room, check } = setup();
    const doc = new Y.Doc();
    const greeting = Y.encodeStateVector(room.doc);
    doc.getText('t').insert(0, 'ab');
    Y.applyUpdate(room.doc, (await check(attacker, Y.encodeStateAsUpdate(doc)))!);
    doc.getText('t').insert(2, 'cd');
    const step2 = Y.encodeStateAsUpdate(doc, greeting);
    Y.applyUpdate(room.doc, (await check(attacker, step2, true))!);
    expect(room.doc.getText('t').toString()).toBe('abcd');
    expect(room.doc.store.pendingStructs).toBeNull();
  });

  it('refuses deleting clocks the server does not have, and claims nothing for a refused update', async () => {
    const { room, owners, check } = setup();
    seedBoardContent(room.doc);
    const customer: Writer = { userId: 'cu', canWrite: true, side: 'customer', mayManageLanes: false, mayWriteLane: laneRule('customer') };
    const future = Y.encodeStateAsUpdate(new Y.Doc());
    future[future.length - 1] = 1; // one delete-set client…
    const ds = new Uint8Array([...future, 77, 1, 0, 5]); // …client 77, one range [0, 5)
    await expect(check(customer, ds)).rejects.toThrow(/does not have/);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
    const before = Y.encodeStateVector(doc);
    const script = listScripts(doc)[0]!;
    cellText(getScript(doc, script.id)!, listSteps(getScript(doc, script.id)!)[0]!.id, 'backstage').insert(0, 'x');
    await expect(check(customer, Y.encodeStateAsUpdate(doc, before))).rejects.toThrow(/not open to customers/);
    expect(owners.has(doc.clientID)).toBe(false);
  });

  it('judges an overlapping struct where Yjs lands it: after its clientID\'s last item, not at its origin', async () => {
    const { room, check } = setup();
    seedBoardContent(room.doc);
    const customer: Writer = { userId: 'cu', canWrite: true, side: 'customer', mayManageLanes: false, mayWriteLane: laneRule('customer') };
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
    const cell = (laneId: string) => cellText(getScript(doc, 'main')!, listSteps(getScript(doc, 'main')!)[0]!.id, laneId);
    const before = Y.encodeStateVector(doc);
    cell('backstage').insert(0, 'abc'); // as if the lane had been open
    Y.applyUpdate(room.doc, Y.encodeStateAsUpdate(doc, before));
    // Clocks 2..5 of that clientID, placed by their parent in an open lane: clocks 3..5 would land after 'c'.
    const openCell = cell('customer-does')._item!.id;
    const overlapping = encodeCrafted({ clients: [{ client: doc.clientID, clock: 2, structs: [{ kind: 'text', text: 'wxyz', parent: { client: openCell.client, clock: openCell.clock } }] }] });
    await expect(check(customer, overlapping)).rejects.toThrow(/backstage is not open to customers/);
  });

  it('refuses a live run of values under one map key, and takes the deleted runs stock clients write', async () => {
    const { room, check } = setup();
    const { stepId, stepIn, rank } = seededStep(room);
    // Five characters that would replace the step's rank, as one struct.
    const run = encodeCrafted({ clients: [{ client: 0x2468ace, clock: 0, structs: [{ kind: 'text', text: 'xxxxx', origin: { client: rank.client, clock: rank.clock } }] }] });

    // What it would do if taken: part of it deleted, the step deleted, and Yjs throws on every client.
    const victim = new Y.Doc();
    Y.applyUpdate(victim, Y.encodeStateAsUpdate(room.doc));
    Y.applyUpdate(victim, run);
    Y.applyUpdate(victim, encodeCrafted({ clients: [], deletes: [{ client: 0x2468ace, clock: 4, len: 1 }] }));
    expect(() => stepIn(victim).delete(stepId)).toThrow(/Unexpected case/);

    await expect(check(attacker, run)).rejects.toThrow(/map key: .* 5 live values under one key/);
    await expect(check(attacker, run, true)).rejects.toThrow(/under one key/);
    // The same run in a text, where runs belong, is fine.
    const inText = encodeCrafted({ clients: [{ client: 0x2468ace, clock: 0, structs: [{ kind: 'text', text: 'xxxxx', parent: 'notes' }] }] });
    expect(await check(attacker, inText)).not.toBeNull();

    // A stock client that sets a key twice and deletes it writes one run of two, deleted.
    for (const gc of [true, false]) {
      const doc = new Y.Doc({ gc });
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
      const before = Y.encodeStateVector(doc);
      const mine = stepIn(doc).get(stepId)!;
      mine.set('note', 'a');
      mine.set('note', 'b');
      mine.delete('note');
      const update = Y.encodeStateAsUpdate(doc, before);
      expect(parseUpdate(update).structs.map((s) => s.length)).toEqual([2]);
      expect(await check({ ...attacker, userId: `stock-${gc}` }, update, true)).not.toBeNull();
    }
  });

  it('refuses to split a live run under a map key that a board stored before the rule holds, and lets a stock client delete it', async () => {
    const { room, check } = setup();
    const { stepId, stepIn, rank } = seededStep(room);
    const C = 0x2468ace;
    // Stored before the rule: the step's rank replaced by a five-character run, applied without the check.
    Y.applyUpdate(room.doc, encodeCrafted({ clients: [{ client: C, clock: 0, structs: [{ kind: 'text', text: 'xxxxx', origin: { client: rank.client, clock: rank.clock } }] }] }));
    const stored = Y.encodeStateAsUpdate(room.doc);

    const partialDelete = encodeCrafted({ clients: [], deletes: [{ client: C, clock: 4, len: 1 }] });
    // A struct placed after a clock inside the run: Yjs splits the run there, and the new struct (not the key's last) deletes itself.
    const insideOrigin = encodeCrafted({ clients: [{ client: 0x1357, clock: 0, structs: [{ kind: 'text', text: 'y', origin: { client: C, clock: 2 } }] }] });
    const insideRightOrigin = encodeCrafted({ clients: [{ client: 0x1357, clock: 0, structs: [{ kind: 'text', text: 'y', origin: { client: rank.client, clock: rank.clock }, rightOrigin: { client: C, clock: 3 } }] }] });
    for (const split of [partialDelete, insideOrigin]) {
      // What each would do if taken: a live value left under the key's deleted one, and deleting the step throws.
      const victim = new Y.Doc();
      Y.applyUpdate(victim, stored);
      Y.applyUpdate(victim, split);
      expect(() => stepIn(victim).delete(stepId)).toThrow(/Unexpected case/);
    }
    await expect(check(attacker, partialDelete)).rejects.toThrow(/map key: the update would split struct .*5 live values/);
    await expect(check(attacker, partialDelete, true)).rejects.toThrow(/would split/);
    await expect(check(attacker, insideOrigin)).rejects.toThrow(/would split/);
    await expect(check(attacker, insideRightOrigin)).rejects.toThrow(/would split/);
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(stored);

    // All of it deleted in two abutting ranges is no split.
    const wholeInTwo = encodeCrafted({ clients: [], deletes: [{ client: C, clock: 0, len: 2 }, { client: C, clock: 2, len: 3 }] });
    expect(await check(attacker, wholeInTwo)).not.toBeNull();
    // A stock client deleting the step takes the whole run with it, and the board stays sound.
    const stock = new Y.Doc();
    Y.applyUpdate(stock, stored);
    const before = Y.encodeStateVector(stock);
    stepIn(stock).delete(stepId);
    const update = (await check({ ...attacker, userId: 'stock' }, Y.encodeStateAsUpdate(stock, before)))!;
    Y.applyUpdate(room.doc, update);
    expect(stepIn(room.doc).has(stepId)).toBe(false);
  });
});
