import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { afterAll } from 'vitest';
import { ApiClient, signUpStaff } from './api-client';
import type { TestServer } from './test-server';

/** Waits until `check` returns a truthy value (polling; no fixed sleeps). */
export async function waitFor<T>(check: () => T | Promise<T>, what = 'condition', timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function createBoard(client: ApiClient, name = 'Sync board'): Promise<string> {
  const res = await client.post('/api/v1/boards', { name });
  if (res.status !== 201) throw new Error(`board create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.board.id as string;
}

/** A staff owner with a fresh board. */
export async function ownerWithBoard(server: TestServer) {
  const owner = await signUpStaff(server.url);
  const boardId = await createBoard(owner.client);
  return { ...owner, boardId };
}

/** Invites someone with `role`/`side` through the invite routes and returns their (guest) client. */
export async function inviteGuest(server: TestServer, inviter: ApiClient, boardId: string, role: string, side = 'customer') {
  const res = await inviter.post(`/api/v1/boards/${boardId}/invites`, { role, side });
  if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`);
  const token = String(res.body.url).split('/invite/')[1]!;
  const guest = new ApiClient(server.url);
  const accepted = await guest.post('/api/v1/invites/accept', { token, displayName: `Guest ${role}` });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  const me = await guest.get('/api/v1/me');
  return { client: guest, userId: me.body.user.id as string };
}

export function wsUrl(server: TestServer): string {
  return server.url.replace(/^http/, 'ws') + '/sync';
}

/** A stock y-websocket client authenticated with a session cookie (or `?token=`). */
export function connect(server: TestServer, boardId: string, opts: { cookie?: string; token?: string; room?: 'control'; doc?: Y.Doc } = {}) {
  const doc = opts.doc ?? new Y.Doc();
  const cookie = opts.cookie;
  class AuthedWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  // Each stock provider listens for the process's 'exit' (to announce its departure); a test opens dozens.
  process.setMaxListeners(process.getMaxListeners() + 1);
  const provider = new WebsocketProvider(wsUrl(server), opts.room ? `${boardId}/control` : boardId, doc, {
    WebSocketPolyfill: AuthedWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: opts.token ? { token: opts.token } : {},
    maxBackoffTime: 300,
  });
  afterAll(() => {
    provider.destroy();
    doc.destroy();
  });
  return { doc, provider, synced: () => waitFor(() => provider.synced, 'provider sync') };
}

/** A raw socket, for sending hand-made frames and observing the close code. */
export function rawSocket(server: TestServer, path: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(wsUrl(server) + path, { headers });
  const messages: Uint8Array[] = [];
  ws.on('message', (d: Buffer) => messages.push(new Uint8Array(d)));
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', () => resolve());
    ws.once('error', reject);
  });
  afterAll(() => ws.terminate());
  return { ws, messages, closed, opened };
}

/** The state of a board room as stored: fetched by a fresh read-only client. */
export async function storedState(server: TestServer, boardId: string, cookie: string): Promise<Y.Doc> {
  const { doc, provider, synced } = connect(server, boardId, { cookie });
  await synced();
  provider.destroy();
  return doc;
}
