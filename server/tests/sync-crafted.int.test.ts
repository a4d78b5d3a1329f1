import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeCrafted, itemId, lastCharId, syncFrame, type CraftedUpdate } from './helpers/crafted-updates';
import { startTestServer } from './helpers/test-server';
import { connect, inviteGuest, ownerWithBoard, rawSocket, storedState, waitFor } from './helpers/sync';

// A customer guest with a token and a hand-built Yjs client: each test is one way of crafting an update
// that got around lane rights or attribution before the sync server judged an update by its effect.
describe('sync: crafted updates from a customer', async () => {
  const server = await startTestServer();

  type Doc = Y.Doc;
  const stepOf = (doc: Doc, stepId = 'step-1') => ((doc.getMap('scripts').get('main') as Y.Map<any>).get('steps') as Y.Map<any>).get(stepId) as Y.Map<any> | undefined;
  const cellOf = (doc: Doc, laneId: string, stepId = 'step-1') => (stepOf(doc, stepId)?.get('cells') as Y.Map<Y.Text> | undefined)?.get(laneId);

  /** A board with a firm-only cell holding text, watched by the owner, and a customer on it. */
  async function boardWithFirmText() {
    const owner = await ownerWithBoard(server);
    const customer = await inviteGuest(server, owner.client, owner.boardId, 'contributor', 'customer');
    const firm = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await firm.synced();
    cellOf(firm.doc, 'backstage')!.insert(0, 'firm secret');
    const watcher = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await watcher.synced();
    await waitFor(() => cellOf(watcher.doc, 'backstage')?.toString() === 'firm secret', 'firm text on the server');
    return { owner, customer, firm, watcher };
  }

  /** A hand-built client: a raw socket that completed its handshake (an empty SyncStep2). */
  async function handBuilt(boardId: string, cookie: string) {
    const s = rawSocket(server, `/${boardId}`, { cookie });
    await waitFor(() => s.messages.length > 0, 'server greeting');
    s.ws.send(syncFrame(1, Y.encodeStateAsUpdate(new Y.Doc())));
    return s;
  }

  /** Sends an update and resolves with the close code, or 'open' once the server has handled it and kept the socket. */
  async function send(s: Awaited<ReturnType<typeof handBuilt>>, update: CraftedUpdate | Uint8Array): Promise<number | 'open'> {
    const answers = s.messages.length;
    s.ws.send(syncFrame(2, update instanceof Uint8Array ? update : encodeCrafted(update)));
    // An awareness query's answer proves the update before it was handled.
    s.ws.send(new Uint8Array([3]));
    let code: number | null = null;
    void s.closed.then((c) => (code = c.code));
    await waitFor(() => code !== null || s.messages.length > answers, 'the server handled the update');
    if (code === null && s.ws.readyState === s.ws.OPEN) return 'open';
    return (await s.closed).code;
  }

  const fresh = () => 0x10000 + Math.floor(Math.random() * 0x7fff0000);

  it.each([
    ["deleting only a step's map item", 'delete-step'],
    ["deleting only a step's cells map", 'delete-cells'],
    ["overwriting a step's cells key", 'overwrite-cells'],
    ['overwriting a step id in steps', 'overwrite-step'],
  ] as const)('1. refuses %s (a firm-only cell would go with it)', async (_name, how) => {
    const { owner, customer, watcher } = await boardWithFirmText();
    const step = stepOf(watcher.doc)!;
    const cells = step.get('cells') as Y.Map<Y.Text>;
    const s = await handBuilt(owner.boardId, customer.client.cookie);
    const crafted: Record<typeof how, CraftedUpdate> = {
      'delete-step': { clients: [], deletes: [{ ...itemId(step), len: 1 }] },
      'delete-cells': { clients: [], deletes: [{ ...itemId(cells), len: 1 }] },
      'overwrite-cells': { clients: [{ client: fresh(), clock: 0, structs: [{ kind: 'map', origin: itemId(cells) }] }] },
      'overwrite-step': { clients: [{ client: fresh(), clock: 0, structs: [{ kind: 'map', origin: itemId(step) }] }] },
    };
    expect(await send(s, crafted[how])).toBe(4403);
    const stored = await storedState(server, owner.boardId, owner.client.cookie);
    expect(cellOf(stored, 'backstage')?.toString()).toBe('firm secret');
  });

  it("2. refuses deleting clocks the server does not have yet (they would fire inside the editor's own update)", async () => {
    const { owner, customer, firm, watcher } = await boardWithFirmText();
    const editorDoc = new Y.Doc();
    const editor = connect(server, owner.boardId, { cookie: owner.client.cookie, doc: editorDoc });
    await editor.synced();
    const s = await handBuilt(owner.boardId, customer.client.cookie);
    expect(await send(s, { clients: [], deletes: [{ client: editorDoc.clientID, clock: 0, len: 5 }] })).toBe(4403);
    cellOf(editorDoc, 'staff-front')!.insert(0, 'hello');
    await waitFor(() => Y.getState(watcher.doc.store, editorDoc.clientID) >= 5, "the editor's update reaches peers");
    expect(cellOf(watcher.doc, 'staff-front')!.toString()).toBe('hello');
    expect(cellOf(firm.doc, 'staff-front')!.toString()).toBe('hello');
  });

  it("3. a refused update claims nothing: the clientID's real owner writes with it, also after a restart", async () => {
    const { owner, customer, watcher } = await boardWithFirmText();
    const [live, afterRestart] = [fresh(), fresh()];
    const backstage = itemId(cellOf(watcher.doc, 'backstage')!);
    for (const client of [live, afterRestart]) {
      const s = await handBuilt(owner.boardId, customer.client.cookie);
      expect(await send(s, { clients: [{ client, clock: 0, structs: [{ kind: 'text', text: 'mine now', parent: backstage }] }] })).toBe(4403);
    }
    async function ownerWritesWith(clientId: number, text: string) {
      const doc = new Y.Doc();
      doc.clientID = clientId;
      const o = connect(server, owner.boardId, { cookie: owner.client.cookie, doc });
      await o.synced();
      const closed = new Promise<number>((resolve) => o.provider.ws!.addEventListener('close', (e: any) => resolve(e.code)));
      cellOf(doc, 'touchpoint')!.insert(0, text);
      const seen = waitFor(() => cellOf(watcher.doc, 'touchpoint')?.toString().includes(text), 'owner edit reaches peers').then(() => 'seen');
      expect(await Promise.race([seen, closed])).toBe('seen');
      o.provider.destroy();
    }
    await ownerWritesWith(live, 'by the owner');
    await server.restart();
    await watcher.synced();
    await waitFor(() => watcher.provider.wsconnected && watcher.provider.synced, 'watcher back');
    await ownerWritesWith(afterRestart, 'after restart');
  });

  it('4. refuses a struct overlapping its own last item (Yjs would land it in the lane that item is in)', async () => {
    const { owner, customer, firm, watcher } = await boardWithFirmText();
    const custDoc = new Y.Doc();
    const cust = connect(server, owner.boardId, { cookie: customer.client.cookie, doc: custDoc });
    await cust.synced();
    cellOf(custDoc, 'customer-does')!.insert(0, 'abc');
    cellOf(firm.doc, 'customer-knows')!.insert(0, 'm');
    await waitFor(() => cellOf(watcher.doc, 'customer-does')?.toString() === 'abc' && cellOf(watcher.doc, 'customer-knows')?.toString() === 'm', 'both edits');
    // The owner closes the lane the customer wrote in.
    (firm.doc.getMap('lanes').get('customer-does') as Y.Map<unknown>).set('customerWritable', false);
    await waitFor(() => (watcher.doc.getMap('lanes').get('customer-does') as Y.Map<unknown>).get('customerWritable') === false, 'lane closed');
    cust.provider.destroy();
    const s = await handBuilt(owner.boardId, customer.client.cookie);
    // Clock 2 overlaps the customer's clock 3; its origin is in an open lane.
    const origin = lastCharId(cellOf(watcher.doc, 'customer-knows')!)!;
    const overlapping = { clients: [{ client: custDoc.clientID, clock: 2, structs: [{ kind: 'text' as const, text: 'cXYZ', origin }] }] };
    expect(await send(s, overlapping)).toBe(4403);
    const stored = await storedState(server, owner.boardId, owner.client.cookie);
    expect(cellOf(stored, 'customer-does')?.toString()).toBe('abc');
  });

  it.each([
    ['far ahead of its clock', (parent: ReturnType<typeof itemId>) => ({ client: fresh(), clock: 1000, structs: [{ kind: 'text' as const, text: 'PAYLOAD'.repeat(500), parent }] })],
    // Its origin places it in an open lane; its right origin is a struct nobody has.
    ['built on structs nobody has', (_parent: unknown, origin: ReturnType<typeof itemId>) => ({ client: fresh(), clock: 0, structs: [{ kind: 'text' as const, text: 'PAYLOAD'.repeat(500), origin, rightOrigin: { client: 777_777, clock: 5 } }] })],
  ])('5. refuses a struct %s (it would stay pending and reach every newcomer)', async (_name, struct) => {
    const { owner, customer, firm, watcher } = await boardWithFirmText();
    cellOf(firm.doc, 'customer-does')!.insert(0, 'x');
    await waitFor(() => cellOf(watcher.doc, 'customer-does')?.toString() === 'x', 'open lane text');
    const s = await handBuilt(owner.boardId, customer.client.cookie);
    const cell = cellOf(watcher.doc, 'customer-does')!;
    expect(await send(s, { clients: [struct(itemId(cell), lastCharId(cell)!)] })).toBe(4403);
    const newcomer = await storedState(server, owner.boardId, owner.client.cookie);
    expect(newcomer.store.pendingStructs).toBeNull();
    expect(Y.encodeStateAsUpdate(newcomer).length).toBeLessThan(3000);
  });
});
