import { encode } from 'next-auth/jwt';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer } from './helpers/test-server';
import { connect, inviteGuest, ownerWithBoard, rawSocket, storedState, waitFor } from './helpers/sync';

const SECRET = 'sync-security-test-secret-0123456789';

function frame(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  if (sub !== null) encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** An update inserting `text` into root text `probe`, written by a doc with the given clientID. */
function probeUpdate(text: string, clientId?: number): Uint8Array {
  const doc = new Y.Doc();
  if (clientId !== undefined) doc.clientID = clientId;
  doc.getText('probe').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('sync: admission and write rights', async () => {
  const server = await startTestServer({ env: { NEXTAUTH_SECRET: SECRET } });
  const owner = await ownerWithBoard(server);
  const other = await ownerWithBoard(server);
  const observer = await inviteGuest(server, owner.client, owner.boardId, 'observer');
  const path = `/${owner.boardId}`;

  async function expectNotStored(probe: string) {
    const doc = await storedState(server, owner.boardId, owner.client.cookie);
    expect(doc.getText('probe').toString()).not.toContain(probe);
  }

  // Flip a character in the middle of the JWE (the last one may only carry unused padding bits).
  const tampered = () =>
    owner.client.cookie.replace(/(coscript\.session-token=)([^;]+)/, (_m, name: string, v: string) => {
      const i = Math.floor(v.length / 2);
      return name + v.slice(0, i) + (v[i] === 'A' ? 'B' : 'A') + v.slice(i + 1);
    });
  const expired = async () =>
    `coscript.session-token=${await encode({ token: { sub: owner.userId, sv: 0 }, secret: SECRET, maxAge: -3600 })}`;

  it.each([
    ['no cookie', async () => ({}), 4401],
    ['tampered JWT', async () => ({ cookie: tampered() }), 4401],
    ['expired JWT', async () => ({ cookie: await expired() }), 4401],
    ['wrong Origin', async () => ({ cookie: owner.client.cookie, origin: 'https://evil.example' }), 4403],
    ["another board's participant", async () => ({ cookie: other.client.cookie }), 4404],
  ] as const)('refuses %s', async (_name, headers, code) => {
    const s = rawSocket(server, path, await headers());
    expect((await s.closed).code).toBe(code);
    expect(s.messages).toHaveLength(0);
  });

  it('admits people arriving together each with their own role, on their own board only', async () => {
    const [mine, notMine, theirs, notTheirs, watching] = [
      rawSocket(server, `/${owner.boardId}`, { cookie: owner.client.cookie }),
      rawSocket(server, `/${other.boardId}`, { cookie: owner.client.cookie }),
      rawSocket(server, `/${other.boardId}`, { cookie: other.client.cookie }),
      rawSocket(server, `/${owner.boardId}`, { cookie: other.client.cookie }),
      rawSocket(server, `/${owner.boardId}`, { cookie: observer.client.cookie }),
    ];
    expect((await notMine.closed).code).toBe(4404);
    expect((await notTheirs.closed).code).toBe(4404);
    for (const s of [mine, theirs, watching]) await waitFor(() => s.messages.length > 0, 'server greeting');
    watching.ws.send(frame(0, 2, probeUpdate('together-observer')));
    expect((await watching.closed).code).toBe(4403);
    await expectNotStored('together-observer');
    for (const s of [mine, theirs]) s.ws.terminate();
  });

  it('refuses a malformed path and an unknown board', async () => {
    expect((await rawSocket(server, '/not-a-board', { cookie: owner.client.cookie }).closed).code).toBe(4400);
    expect((await rawSocket(server, `/${crypto.randomUUID()}`, { cookie: owner.client.cookie }).closed).code).toBe(4404);
  });

  it.each([
    ['SyncStep2', 1],
    ['Update', 2],
  ])('closes an observer writing via %s with 4403 and stores nothing', async (name, sub) => {
    const s = rawSocket(server, path, { cookie: observer.client.cookie });
    await waitFor(() => s.messages.length > 0, 'server greeting');
    // An empty SyncStep2 (what every client answers the server's step 1 with) is fine.
    s.ws.send(frame(0, 1, Y.encodeStateAsUpdate(new Y.Doc())));
    s.ws.send(frame(0, sub, probeUpdate(`observer-${name}`)));
    expect((await s.closed).code).toBe(4403);
    await expectNotStored(`observer-${name}`);
  });

  it('lets observers read live', async () => {
    const writer = connect(server, owner.boardId, { cookie: owner.client.cookie });
    const reader = connect(server, owner.boardId, { cookie: observer.client.cookie });
    await writer.synced();
    await reader.synced();
    writer.doc.getText('live').insert(0, 'seen by observers');
    await waitFor(() => reader.doc.getText('live').toString() === 'seen by observers', 'observer receives');
    expect(reader.provider.wsconnected).toBe(true);
  });

  it("refuses structs of another user's clientID (impersonation), accepts replays of them", async () => {
    const victimDoc = new Y.Doc();
    const victim = connect(server, owner.boardId, { cookie: owner.client.cookie, doc: victimDoc });
    await victim.synced();
    victimDoc.getText('probe').insert(0, 'victim ');
    const editor = await inviteGuest(server, owner.client, owner.boardId, 'editor', 'firm');
    const s = rawSocket(server, path, { cookie: editor.client.cookie });
    await waitFor(() => s.messages.length > 0, 'server greeting');
    const watcher = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await watcher.synced();
    await waitFor(() => watcher.doc.getText('probe').toString().includes('victim'), 'victim edit on the server');
    // Replaying what the server already has is fine…
    s.ws.send(frame(0, 2, Y.encodeStateAsUpdate(victimDoc)));
    // …continuing the victim's clientID is not.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(victimDoc));
    // After applying: yjs picks a new clientID when a remote update carries its own.
    forged.clientID = victimDoc.clientID;
    const before = Y.encodeStateVector(forged);
    forged.getText('probe').insert(0, 'forged ');
    s.ws.send(frame(0, 2, Y.encodeStateAsUpdate(forged, before)));
    expect((await s.closed).code).toBe(4403);
    await expectNotStored('forged');
  });

  it("keeps a clientID seen in presence for its holder: a peer who writes with it first cannot lock them out", async () => {
    const holderDoc = new Y.Doc();
    const holder = connect(server, owner.boardId, { cookie: owner.client.cookie, doc: holderDoc });
    await holder.synced();
    // As the editor does on opening a board (a stock client's very first, empty state is ignored by every peer).
    holder.provider.awareness.setLocalStateField('view', { scriptId: null, stepId: null });
    const watcher = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await watcher.synced();
    await waitFor(() => watcher.provider.awareness.getStates().has(holderDoc.clientID), "the holder's presence");
    const editor = await inviteGuest(server, owner.client, owner.boardId, 'editor', 'firm');
    const squat = async (text: string) => {
      const s = rawSocket(server, path, { cookie: editor.client.cookie });
      await waitFor(() => s.messages.length > 0, 'server greeting');
      s.ws.send(frame(0, 2, probeUpdate(text, holderDoc.clientID)));
      expect((await s.closed).code).toBe(4403);
    };
    await squat('squatted');
    // Also while the holder is away: the clientID stays theirs as long as the board is open here.
    holder.provider.disconnect();
    await waitFor(() => !watcher.provider.awareness.getStates().has(holderDoc.clientID), 'the holder gone');
    await squat('squatted-while-away');
    holder.provider.connect();
    holderDoc.getText('probe').insert(0, 'holder-typed ');
    await waitFor(() => watcher.doc.getText('probe').toString().includes('holder-typed'), "the holder's edit");
    expect(holder.provider.wsconnected).toBe(true);
    await expectNotStored('squatted');
  });

  it('rewrites awareness from the session and drops clientIDs the socket does not own', async () => {
    const honest = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await honest.synced();
    honest.provider.awareness.setLocalStateField('cursor', 1);
    const watcher = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await watcher.synced();
    const s = rawSocket(server, path, { cookie: observer.client.cookie });
    await waitFor(() => s.messages.length > 0, 'server greeting');
    const spoof = (clientId: number, name: string) => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, clientId);
      encoding.writeVarUint(e, 99);
      encoding.writeVarString(e, JSON.stringify({ user: { id: owner.userId, name, color: '#000' } }));
      return frame(1, null, encoding.toUint8Array(e));
    };
    s.ws.send(spoof(424242, 'Not the observer'));
    s.ws.send(spoof(honest.doc.clientID, 'Hijacked'));
    const states = () => watcher.provider.awareness.getStates();
    await waitFor(() => (states().get(424242) as any)?.user?.id === observer.userId, 'rewritten presence');
    expect((states().get(424242) as any).user.name).not.toBe('Not the observer');
    expect((states().get(honest.doc.clientID) as any)?.user?.name).not.toBe('Hijacked');
  });

  it('keeps the control room read-only for every client', async () => {
    const s = rawSocket(server, `${path}/control`, { cookie: owner.client.cookie });
    await waitFor(() => s.messages.length > 0, 'server greeting');
    s.ws.send(frame(0, 2, probeUpdate('control-write')));
    expect((await s.closed).code).toBe(4403);
  });

  it('lets customers write customer lanes only', async () => {
    const customer = await inviteGuest(server, owner.client, owner.boardId, 'contributor', 'customer');
    const c = connect(server, owner.boardId, { cookie: customer.client.cookie });
    await c.synced();
    const step = (c.doc.getMap('scripts').get('main') as Y.Map<any>).get('steps') as Y.Map<any>;
    const cells = (step.values().next().value as Y.Map<any>).get('cells') as Y.Map<Y.Text>;
    cells.get('customer-does')!.insert(0, 'I order');
    const o = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await o.synced();
    const ownerCells = () => ((o.doc.getMap('scripts').get('main') as Y.Map<any>).get('steps') as Y.Map<any>).values().next().value.get('cells') as Y.Map<Y.Text>;
    await waitFor(() => ownerCells().get('customer-does')!.toString() === 'I order', 'customer lane edit');
    const closed = new Promise<number>((resolve) => c.provider.ws!.addEventListener('close', (e: any) => resolve(e.code)));
    cells.get('backstage')!.insert(0, 'sneaky');
    expect(await closed).toBe(4403);
    const fresh = await storedState(server, owner.boardId, owner.client.cookie);
    const freshCells = ((fresh.getMap('scripts').get('main') as Y.Map<any>).get('steps') as Y.Map<any>).values().next().value.get('cells');
    expect(freshCells.get('backstage').toString()).toBe('');
  });

  it("refuses lane changes (opening a firm-only lane) from anyone but owners and moderators", async () => {
    const customer = await inviteGuest(server, owner.client, owner.boardId, 'contributor', 'customer');
    const c = connect(server, owner.boardId, { cookie: customer.client.cookie });
    await c.synced();
    const closed = new Promise<number>((resolve) => c.provider.ws!.addEventListener('close', (e: any) => resolve(e.code)));
    (c.doc.getMap('lanes').get('backstage') as Y.Map<unknown>).set('customerWritable', true);
    expect(await closed).toBe(4403);
    const fresh = await storedState(server, owner.boardId, owner.client.cookie);
    expect((fresh.getMap('lanes').get('backstage') as Y.Map<unknown>).get('customerWritable')).toBe(false);
  });

  it('sends no customer names in presence on an anonymous board', async () => {
    const board = await ownerWithBoard(server);
    expect((await board.client.patch(`/api/v1/boards/${board.boardId}`, { customerVisibility: 'anonymous' })).status).toBe(200);
    const named = await inviteGuest(server, board.client, board.boardId, 'contributor', 'customer');
    const peer = await inviteGuest(server, board.client, board.boardId, 'contributor', 'customer');
    const s = rawSocket(server, `/${board.boardId}`, { cookie: named.client.cookie });
    await waitFor(() => s.messages.length > 0, 'server greeting');
    const watcher = connect(server, board.boardId, { cookie: peer.client.cookie });
    await watcher.synced();
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 515151);
    encoding.writeVarUint(e, 1);
    encoding.writeVarString(e, JSON.stringify({ user: { id: named.userId, name: 'My real name', color: '#000' } }));
    s.ws.send(frame(1, null, encoding.toUint8Array(e)));
    const state = await waitFor(() => watcher.provider.awareness.getStates().get(515151) as any, 'customer presence');
    expect(state.user).toMatchObject({ id: named.userId, side: 'customer', name: null });
  });

  it('demotion takes write access away from an open socket', async () => {
    const editor = await inviteGuest(server, owner.client, owner.boardId, 'editor', 'firm');
    const s = rawSocket(server, path, { cookie: editor.client.cookie });
    await waitFor(() => s.messages.length > 0, 'server greeting');
    const watcher = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await watcher.synced();
    s.ws.send(frame(0, 2, probeUpdate('editor-allowed')));
    await waitFor(() => watcher.doc.getText('probe').toString().includes('editor-allowed'), 'editor write');
    const res = await owner.client.patch(`/api/v1/boards/${owner.boardId}/participants/${editor.userId}`, { role: 'observer' });
    expect(res.status).toBe(200);
    await waitFor(async () => {
      // Each attempt is a fresh write: refused once the demotion reached the socket.
      s.ws.send(frame(0, 2, probeUpdate('after-demotion')));
      return s.ws.readyState === s.ws.CLOSED || s.ws.readyState === s.ws.CLOSING;
    }, 'refusal', 1000);
    expect((await s.closed).code).toBe(4403);
  });

  it('closes the socket of a removed participant', async () => {
    const guest = await inviteGuest(server, owner.client, owner.boardId, 'contributor');
    const s = rawSocket(server, path, { cookie: guest.client.cookie });
    await waitFor(() => s.messages.length > 0, 'server greeting');
    const res = await owner.client.delete(`/api/v1/boards/${owner.boardId}/participants/${guest.userId}`);
    expect(res.status).toBe(204);
    expect((await s.closed).code).toBe(4403);
    expect((await rawSocket(server, path, { cookie: guest.client.cookie }).closed).code).toBe(4404);
  });
});
