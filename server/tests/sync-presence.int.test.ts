import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { presenceColor } from '../../lib/shared/presence-color';
import { startTestServer } from './helpers/test-server';
import { connect, inviteGuest, ownerWithBoard, rawSocket, waitFor } from './helpers/sync';

/** An awareness frame (type 1) for one clientID, claiming an identity the server must not believe. */
function awarenessFrame(clientId: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, 1);
  encoding.writeVarString(inner, JSON.stringify(state));
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

describe('one identity for presence', async () => {
  const server = await startTestServer();
  const owner = await ownerWithBoard(server);
  const customer = await inviteGuest(server, owner.client, owner.boardId, 'contributor');

  it("stamps the server's name, side and colour, and drops the name within a second of the board turning anonymous", async () => {
    const s = rawSocket(server, `/${owner.boardId}`, { cookie: customer.client.cookie });
    await waitFor(() => s.messages.length > 0, 'server greeting');
    const watcher = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await watcher.synced();
    s.ws.send(awarenessFrame(424242, { user: { id: 'someone-else', name: 'Forged', color: '#000000', side: 'firm', role: 'owner' } }));
    const user = () => (watcher.provider.awareness.getStates().get(424242) as { user?: Record<string, unknown> } | undefined)?.user;
    await waitFor(() => user(), 'customer presence');
    expect(user()).toEqual({ id: customer.userId, name: 'Guest contributor', side: 'customer', color: presenceColor(customer.userId) });

    const res = await owner.client.patch(`/api/v1/boards/${owner.boardId}`, { customerVisibility: 'anonymous' });
    expect(res.status).toBe(200);
    // The customer's client sends nothing more: the server re-stamps the presence it already holds.
    await waitFor(() => user()?.name === null, 'anonymous presence', 1000);
    expect(user()).toMatchObject({ id: customer.userId, side: 'customer' });
  });
});
