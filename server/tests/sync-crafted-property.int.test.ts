import fc from 'fast-check';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { WebSocket } from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { t } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import { parseConfig } from '../../lib/server/config';
import { openDatabase } from '../../lib/server/db/open';
import { cellsOf, createStepMap, lanesOf, scriptsOf, stepsOf } from '../../lib/shared/board-doc';
import { Connection } from '../sync/connection';
import type { Room } from '../sync/room';
import { SyncServer } from '../sync/sync-server';
import { encodeCrafted, type CraftedUpdate, type Id } from './helpers/crafted-updates';
import { awarenessFrame, syncFrame } from './helpers/crafted-updates';
import { startInProcessRuntime } from './helpers/in-process-runtime';
import { createTestDatabase } from './helpers/test-database';
import { testAdmission } from './helpers/admission';

/**
 * The oracle of issue 10: crafted customer updates, from a vocabulary of the
 * ways around lane rights and attribution, interleaved with stock edits and
 * firm edits, go through the real sync core (Connection → authorizeUpdate →
 * claim → Room → update log on PGlite or PostgreSQL). After every command: nothing is
 * pending in the document, a customer command leaves firm-only lanes (and the
 * lane settings) byte-identical, a firm command leaves them as the firm's own
 * document has them, and a client loading the board then holds the same
 * board as the server; after every case the stored log's authors are the
 * senders, update by update.
 */
// CI runs 5,000 cases on PGlite; its PostgreSQL pass adds 1,000 more there (each commit waits on the server).
// A failure prints its seed and path: PROPERTY_SEED=… PROPERTY_PATH=… replays exactly that case.
const REPLAY = process.env.PROPERTY_SEED ? { seed: Number(process.env.PROPERTY_SEED), path: process.env.PROPERTY_PATH, endOnFailure: true } : {};
const RUNS = Number(process.env.PROPERTY_RUNS ?? (process.env.CI !== 'true' ? 500 : process.env.TEST_DATABASE_URL ? 1000 : 5000));

const customerKinds = ['stock-type', 'stock-delete-text', 'stock-add-step', 'stock-delete-step', 'stock-rank', 'parent-delete', 'overwrite', 'far-future', 'overlap', 'foreign', 'pending-delete', 'missing-dep', 'known-delete'] as const;
const firmKinds = ['firm-type', 'firm-delete-text', 'firm-toggle-lane', 'firm-add-step'] as const;

type Command =
  | { by: 'customer'; who: 0 | 1; kind: (typeof customerKinds)[number]; a: number; b: number; c: number; handshake: boolean }
  | { by: 'firm'; kind: (typeof firmKinds)[number]; a: number; b: number; c: number };

const arbCommand: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ by: fc.constant('customer' as const), who: fc.constantFrom(0 as const, 1 as const), kind: fc.constantFrom(...customerKinds), a: fc.nat(), b: fc.nat(), c: fc.nat(), handshake: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ by: fc.constant('firm' as const), kind: fc.constantFrom(...firmKinds), a: fc.nat(), b: fc.nat(), c: fc.nat() }) },
);

/** A socket stand-in: the connection core runs unchanged, frames never leave the process. */
function quietSocket(): WebSocket {
  const ws = { readyState: 1, OPEN: 1, CLOSED: 3, bufferedAmount: 0, send() {}, close() { ws.readyState = 3; }, terminate() { ws.readyState = 3; } };
  return ws as unknown as WebSocket;
}

// Crafted overwrites may leave any value where a map or text was: walk only what has the board's shape.
const maps = <T,>(m: unknown): Array<[string, T]> => (m instanceof Y.Map ? [...m.entries()] : []);
const cellValues = (doc: Y.Doc) =>
  maps<unknown>(scriptsOf(doc)).flatMap(([scriptId, script]) =>
    maps<unknown>(script instanceof Y.Map ? script.get('steps') : null).flatMap(([stepId, step]) =>
      maps<unknown>(step instanceof Y.Map ? step.get('cells') : null).map(([laneId, value]) => ({ scriptId, stepId, laneId, value })),
    ),
  );
const cells = (doc: Y.Doc) => cellValues(doc).flatMap((c) => (c.value instanceof Y.Text ? [{ ...c, text: c.value }] : []));
const allSteps = (doc: Y.Doc) =>
  maps<unknown>(scriptsOf(doc)).flatMap(([, script]) =>
    script instanceof Y.Map ? maps<unknown>(script.get('steps')).flatMap(([id, step]) => (step instanceof Y.Map ? [{ script: script as Y.Map<unknown>, id, step: step as Y.Map<unknown> }] : [])) : [],
  );
const isOpen = (doc: Y.Doc, laneId: string) => (lanesOf(doc).get(laneId) as Y.Map<unknown> | undefined)?.get('customerWritable') === true;

/** Firm-only lanes' content, and the lane settings, as bytes a customer must not change. */
function firmOnly(doc: Y.Doc): string {
  const lanes = lanesOf(doc).toJSON();
  const text = cellValues(doc)
    .filter((c) => !isOpen(doc, c.laneId))
    .map((c) => `${c.scriptId}/${c.stepId}/${c.laneId}=${JSON.stringify(c.value instanceof Y.Text ? c.value.toDelta() : c.value instanceof Y.AbstractType ? c.value.toJSON() : c.value)}`)
    .sort();
  return JSON.stringify({ lanes, text });
}

/** Where Yjs's garbage collector would throw: a map key whose overwritten entries are not all deleted. */
function liveOverwritten(doc: Y.Doc): string[] {
  const found: string[] = [];
  const walk = (type: Y.AbstractType<any>, path: string) => {
    type._map.forEach((value, key) => {
      for (let n = value.left; n; n = n.left) if (!n.deleted) found.push(`${path}/${key} ${n.id.client}:${n.id.clock}`);
      if (!value.deleted && value.content instanceof Y.ContentType) walk(value.content.type, `${path}/${key}`);
    });
    for (let n = type._start; n; n = n.right) if (!n.deleted && n.content instanceof Y.ContentType) walk(n.content.type, `${path}[]`);
  };
  doc.share.forEach((type, name) => walk(type, name));
  return found;
}

/** A stock client that loads the board now (garbage-collecting, as browsers are) holds what the server holds. */
function expectConverges(server: Y.Doc) {
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server));
  expect(liveOverwritten(server)).toEqual([]);
  expect(liveOverwritten(fresh)).toEqual([]);
  expect(scriptsOf(fresh).toJSON()).toEqual(scriptsOf(server).toJSON());
  expect(lanesOf(fresh).toJSON()).toEqual(lanesOf(server).toJSON());
}

const idOf = (item: Y.Item | null): Id | null => (item ? { client: item.id.client, clock: item.id.clock } : null);
const pick = <T,>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

function lastChar(text: Y.Text): Id | null {
  let last: Y.Item | null = null;
  for (let n = text._start; n; n = n.right) if (!n.deleted) last = n;
  return last ? { client: last.id.client, clock: last.id.clock + last.length - 1 } : null;
}

describe('sync: crafted customer updates (property)', async () => {
  // Thousands of refusals: their log lines would cost more than the cases.
  logger().level = 'silent';
  // The update log on the database the run is about: PostgreSQL in CI's second pass, embedded PGlite otherwise.
  const database = await createTestDatabase();
  const postgres = database.url ? await openDatabase({ databaseUrl: database.url, dataDir: '' }) : null;
  const db = postgres?.db ?? (await startInProcessRuntime());
  const server = new SyncServer({ config: parseConfig({}), db, publicUrl: () => 'http://coscript.test' });
  afterAll(async () => {
    await server.close();
    await postgres?.close();
    await database.drop();
  });
  const [workspace] = await db.insert(t.workspaces).values({ name: 'Property' }).returning();
  const budgets = { messagesPerSecond: 1e9, bytesPerSecond: 1e12, maxMessageBytes: 1 << 24 };

  interface Actor {
    userId: string;
    side: 'firm' | 'customer';
    doc: Y.Doc;
    conn: Connection | null;
    /** A clientID of its own for hand-built structs. */
    crafted: number;
  }

  // Cases share a board in blocks (loading a board costs more than a case); each block's log is checked when it ends.
  const CASES_PER_BOARD = 25;
  type Block = Awaited<ReturnType<typeof newBlock>>;
  let block: Block | null = null;
  // How each kind of command fared: the oracle means something only if both outcomes occur.
  const tally: Record<string, number> = {};

  async function newBlock() {
    const [board] = await db.insert(t.boards).values({ workspaceId: workspace!.id, name: 'B' }).returning();
    const boardId = board!.id;
    const room: Room = await server.registry.get(boardId, 'content');
    // A member that stays, so the room is not unloaded when a refused customer's connection closes.
    const stay = { userId: 'stay', send() {} };
    room.members.add(stay);
    const expectedAuthors: string[] = [];
    const current = { sender: '' };
    room.doc.on('update', () => expectedAuthors.push(current.sender));
    const actor = (userId: string, side: 'firm' | 'customer'): Actor => ({ userId, side, doc: new Y.Doc(), conn: null, crafted: 0x100000 + Math.floor(Math.random() * 0x7fff0000) });
    const firm = actor(`firm-${boardId}`, 'firm');
    const customers = [actor(`cust-a-${boardId}`, 'customer'), actor(`cust-b-${boardId}`, 'customer')];
    return { boardId, room, stay, expectedAuthors, current, firm, customers, cases: 0 };
  }

  /** The stored log's authors, update by update, are the senders. */
  async function finishBlock(b: Block) {
    await server.registry.flush();
    const rows = await db
      .select({ authorId: t.boardUpdates.authorId })
      .from(t.boardUpdates)
      .where(and(eq(t.boardUpdates.boardId, b.boardId), eq(t.boardUpdates.room, 'content'), gt(t.boardUpdates.seq, 1)))
      .orderBy(asc(t.boardUpdates.seq));
    expect(rows.map((r) => r.authorId)).toEqual(b.expectedAuthors);
    for (const a of [b.firm, ...b.customers]) a.conn?.close(1000, 'block over');
    b.room.members.delete(b.stay);
    server.registry.scheduleUnload(b.room);
  }

  async function runCase(commands: Command[]): Promise<void> {
    if (!block || block.cases++ >= CASES_PER_BOARD) {
      if (block) await finishBlock(block);
      block = await newBlock();
    }
    try {
      await runCommands(block, commands);
    } catch (error) {
      // Shrinking then replays each candidate on a fresh board, so the counterexample stands on its own.
      block = null;
      throw error;
    }
  }

  async function runCommands(block: Block, commands: Command[]): Promise<void> {
    const { boardId, room, firm, customers, current } = block;

    const catchUp = (a: Actor) => Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(room.doc, Y.encodeStateVector(a.doc)));
    async function connection(a: Actor): Promise<Connection> {
      if (a.conn && !a.conn.isClosed) return a.conn;
      // A refused client starts over with a fresh document, as a reconnecting stock client with nothing to re-send would.
      a.doc = new Y.Doc();
      catchUp(a);
      const conn = new Connection(
        quietSocket(),
        testAdmission({ userId: a.userId, boardId, role: a.side === 'firm' ? 'owner' : 'contributor', side: a.side }),
        budgets,
        server,
      );
      conn.room = room;
      room.members.add(conn);
      current.sender = a.userId;
      await conn.receive(syncFrame(1, Y.encodeStateAsUpdate(new Y.Doc())));
      // Like a stock client, it announces its clientID in presence before it writes.
      await conn.receive(awarenessFrame(a.doc));
      return (a.conn = conn);
    }
    const send = async (a: Actor, update: Uint8Array, handshake = false) => {
      const conn = await connection(a);
      current.sender = a.userId;
      await conn.receive(syncFrame(handshake ? 1 : 2, update));
    };
    const localEdit = async (a: Actor, edit: (doc: Y.Doc) => void, handshake = false) => {
      await connection(a);
      catchUp(a);
      const before = Y.encodeStateVector(a.doc);
      a.doc.transact(() => edit(a.doc));
      await send(a, Y.encodeStateAsUpdate(a.doc, before), handshake);
    };

    for (const cmd of commands) {
      const before = firmOnly(room.doc);
      const d = room.doc;
      if (cmd.by === 'firm') {
        await localEdit(firm, (doc) => {
          const cell = pick(cells(doc), cmd.a);
          if (cmd.kind === 'firm-type' && cell) cell.text.insert(cmd.b % (cell.text.length + 1), `f${cmd.c % 100}`);
          if (cmd.kind === 'firm-delete-text' && cell && cell.text.length) cell.text.delete(cmd.b % cell.text.length, 1 + (cmd.c % cell.text.length));
          if (cmd.kind === 'firm-toggle-lane') {
            const lane = pick([...lanesOf(doc).values()], cmd.a);
            lane?.set('customerWritable', lane.get('customerWritable') !== true);
          }
          if (cmd.kind === 'firm-add-step') {
            const script = pick(maps<unknown>(scriptsOf(doc)).filter(([, v]) => v instanceof Y.Map && v.get('steps') instanceof Y.Map), cmd.a)?.[1] as Y.Map<unknown> | undefined;
            if (script) stepsOf(script).set(`f${cmd.b}`, createStepMap(`a${cmd.c % 10}`, Object.fromEntries([...lanesOf(doc).keys()].map((id) => [id, `firm ${cmd.c % 10}`]))));
          }
        });
        expect(firmOnly(room.doc)).toBe(firmOnly(firm.doc));
      } else {
        const me = customers[cmd.who]!;
        const other = customers[1 - cmd.who]!;
        const state = (client: number) => Y.getState(d.store, client);
        const anyCell = pick(cells(d), cmd.a);
        const parent = anyCell ? idOf(anyCell.text._item) : null;
        const origin = anyCell ? lastChar(anyCell.text) : null;
        const place = origin ? { origin } : parent ? { parent } : {};
        const craft = (u: CraftedUpdate) => send(me, encodeCrafted(u), cmd.handshake);
        const text = 'x'.repeat(1 + (cmd.c % 40));
        switch (cmd.kind) {
          case 'stock-type':
          case 'stock-delete-text':
          case 'stock-add-step':
          case 'stock-delete-step':
          case 'stock-rank':
            await localEdit(
              me,
              (doc) => {
                const cell = pick(cells(doc), cmd.a);
                const step = pick(allSteps(doc), cmd.a);
                if (cmd.kind === 'stock-type' && cell) cell.text.insert(cmd.b % (cell.text.length + 1), `c${cmd.c % 100}`);
                if (cmd.kind === 'stock-delete-text' && cell && cell.text.length) cell.text.delete(cmd.b % cell.text.length, 1 + (cmd.c % cell.text.length));
                if (cmd.kind === 'stock-add-step' && step) {
                  const lanes = [...lanesOf(doc).keys()].filter((id) => cmd.c % 3 === 0 || isOpen(doc, id));
                  stepsOf(step.script).set(`c${cmd.b}`, createStepMap(`b${cmd.c % 10}`, Object.fromEntries(lanes.map((id) => [id, 'customer']))));
                }
                if (cmd.kind === 'stock-delete-step' && step) stepsOf(step.script).delete(step.id);
                if (cmd.kind === 'stock-rank' && step) step.step.set('rank', `r${cmd.c % 10}`);
              },
              cmd.handshake,
            );
            break;
          case 'parent-delete': {
            const targets = [...allSteps(d).flatMap((s) => [s.step._item, cellsOf(s.step)?._item]), ...[...scriptsOf(d).values()].map((s) => s._item), ...[...lanesOf(d).values()].map((l) => l._item), anyCell?.text._item ?? null];
            const target = idOf(pick(targets.filter(Boolean) as Y.Item[], cmd.b) ?? null);
            if (target) await craft({ clients: [], deletes: [{ ...target, len: 1 + (cmd.c % 2) }] });
            break;
          }
          case 'overwrite': {
            const targets = [...allSteps(d).flatMap((s) => [s.step._item, cellsOf(s.step)?._item]), ...[...scriptsOf(d).values()].map((s) => s._item), anyCell?.text._item ?? null];
            const target = idOf(pick(targets.filter(Boolean) as Y.Item[], cmd.b) ?? null);
            if (target) await craft({ clients: [{ client: me.crafted, clock: state(me.crafted), structs: [{ kind: cmd.c % 2 ? 'map' : 'text', text, origin: target } as never] }] });
            break;
          }
          case 'far-future':
            if (parent) await craft({ clients: [{ client: me.crafted, clock: state(me.crafted) + 1 + (cmd.b % 1000), structs: [{ kind: 'text', text, parent }] }] });
            break;
          case 'overlap': {
            const clock = state(me.crafted);
            if (clock === 0) await craft({ clients: [{ client: me.crafted, clock: 0, structs: [{ kind: 'text', text, ...place }] }] });
            else await craft({ clients: [{ client: me.crafted, clock: Math.max(0, clock - 1 - (cmd.b % clock)), structs: [{ kind: 'text', text: text + 'yy', ...place }] }] });
            break;
          }
          case 'foreign': {
            // Someone else's clientID: one they already wrote with (impersonation), or one that stands for another
            // hand-built client. A real document's clientID nobody has used yet is unknowable to an attacker.
            const written = [firm.doc.clientID, other.doc.clientID].filter((c) => d.store.clients.has(c));
            const victims = [...written, other.crafted, firm.crafted];
            const victim = victims[cmd.b % victims.length]!;
            await craft({ clients: [{ client: victim, clock: state(victim), structs: [{ kind: 'text', text, ...place }] }] });
            break;
          }
          case 'pending-delete': {
            const victim = [firm.doc.clientID, other.doc.clientID, other.crafted][cmd.b % 3]!;
            const known = state(victim);
            const from = Math.max(0, known - (cmd.c % 3));
            await craft({ clients: [], deletes: [{ client: victim, clock: from, len: known - from + 1 + (cmd.c % 5) }] });
            break;
          }
          case 'missing-dep':
            await craft({ clients: [{ client: me.crafted, clock: state(me.crafted), structs: [{ kind: 'text', text, ...(origin ? { origin } : {}), rightOrigin: { client: 4242 + (cmd.b % 3), clock: cmd.c % 7 } }] }] });
            break;
          case 'known-delete': {
            const cell = pick(cells(d).filter((c) => c.text.length), cmd.b);
            let first: Y.Item | null = null;
            for (let n = cell?.text._start ?? null; n && !first; n = n.right) if (!n.deleted) first = n;
            if (first) await craft({ clients: [], deletes: [{ client: first.id.client, clock: first.id.clock, len: 1 + (cmd.c % 3) }] });
            break;
          }
        }
        expect(firmOnly(room.doc)).toBe(before);
        const outcome = me.conn?.isClosed ? 'refused' : 'kept';
        tally[`${cmd.kind}/${outcome}`] = (tally[`${cmd.kind}/${outcome}`] ?? 0) + 1;
      }
      expect(room.doc.store.pendingStructs).toBeNull();
      expect(room.doc.store.pendingDs).toBeNull();
      expectConverges(room.doc);
    }

  }

  it(`holds over ${RUNS} cases of crafted and stock updates`, async () => {
    await fc.assert(fc.asyncProperty(fc.array(arbCommand, { minLength: 1, maxLength: 6 }), runCase), { numRuns: RUNS, ...REPLAY });
    if (block) await finishBlock(block);
    console.log(Object.entries(tally).sort().map(([k, n]) => `${k}: ${n}`).join(', '));
  }, 600_000);
});
