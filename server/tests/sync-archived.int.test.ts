import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer } from './helpers/test-server';
import { connect, inviteGuest, ownerWithBoard, rawSocket, storedState, waitFor } from './helpers/sync';

/** A y-websocket sync frame (type 0) carrying an update. */
function updateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

function probeUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('probe').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const ARCHIVED = 'This board is archived: it can be read but not changed.';

describe('archived boards are read-only on the server', async () => {
  const server = await startTestServer();
  const owner = await ownerWithBoard(server);
  const editor = await inviteGuest(server, owner.client, owner.boardId, 'editor', 'firm');
  const path = `/${owner.boardId}`;
  const archive = async (archived: boolean) => expect((await owner.client.patch(`/api/v1/boards/${owner.boardId}`, { archived })).status).toBe(200);

  it('archiving takes write access away from open sockets within a second (close code 4409), restoring gives it back', async () => {
    const s = rawSocket(server, path, { cookie: editor.client.cookie });
    await waitFor(() => s.messages.length > 0, 'server greeting');
    const watcher = connect(server, owner.boardId, { cookie: owner.client.cookie });
    await watcher.synced();
    s.ws.send(updateFrame(probeUpdate('before-archive')));
    await waitFor(() => watcher.doc.getText('probe').toString().includes('before-archive'), 'write before archiving');

    await archive(true);
    await waitFor(() => {
      // Each attempt is a fresh write: refused once archiving reached the socket.
      s.ws.send(updateFrame(probeUpdate('after-archive')));
      return s.ws.readyState === s.ws.CLOSED || s.ws.readyState === s.ws.CLOSING;
    }, 'refusal', 1000);
    const closed = await s.closed;
    expect(closed.code).toBe(4409);
    expect(closed.reason).toContain(ARCHIVED);
    // Writes that crossed the archiving on the wire may have landed; one sent to an archived board never does.
    const late = rawSocket(server, path, { cookie: editor.client.cookie });
    await waitFor(() => late.messages.length > 0, 'server greeting');
    late.ws.send(updateFrame(probeUpdate('while-archived')));
    expect((await late.closed).code).toBe(4409);
    expect((await storedState(server, owner.boardId, owner.client.cookie)).getText('probe').toString()).not.toContain('while-archived');

    // A socket opened while archived reads, and may write again as soon as the board is restored: the
    // editor's page learns it from its own control state, published once its sockets were rechecked.
    const reader = rawSocket(server, path, { cookie: editor.client.cookie });
    await waitFor(() => reader.messages.length > 0, 'server greeting');
    const control = connect(server, owner.boardId, { cookie: editor.client.cookie, room: 'control' });
    const archivedForEditor = () => (control.doc.getMap('me').get('access') as { board?: { archived?: boolean } } | undefined)?.board?.archived;
    await waitFor(() => archivedForEditor() === true, 'archived published to the editor');
    await archive(false);
    await waitFor(() => archivedForEditor() === false, 'restore published to the editor', 1000);
    reader.ws.send(updateFrame(probeUpdate('after-restore')));
    await waitFor(() => watcher.doc.getText('probe').toString().includes('after-restore'), 'write after restoring');
    expect(reader.ws.readyState).toBe(reader.ws.OPEN);
  });

  it('refuses content changes through the API with 409 and says why, but lets the owner restore (and rename while restoring)', async () => {
    await archive(true);
    const rename = await owner.client.patch(`/api/v1/boards/${owner.boardId}`, { name: 'Renamed while archived' });
    expect(rename.status).toBe(409);
    expect(rename.body.error).toMatchObject({ code: 'conflict', message: ARCHIVED });
    const settings = await owner.client.patch(`/api/v1/boards/${owner.boardId}`, { customerEditMode: 'propose' });
    expect(settings.status).toBe(409);
    const restore = await owner.client.patch(`/api/v1/boards/${owner.boardId}`, { archived: false, name: 'Renamed on restore' });
    expect(restore.status).toBe(200);
    expect(restore.body.board).toMatchObject({ name: 'Renamed on restore', archivedAt: null });
  });
});
