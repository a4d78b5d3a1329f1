import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';
import { createBoard } from '../../../lib/server/boards/create-board';
import { t } from '../../../lib/server/db';
import { getRuntime } from '../../../lib/server/runtime';
import { createApiToken } from '../../../lib/server/tokens/create-api-token';
import { createStaffUser } from '../../../lib/server/users/create-staff-user';
import type { Role, Side } from '../../../lib/shared/roles';
import { SyncServer, type SyncServerOptions } from '../../sync/sync-server';
import { startInProcessRuntime } from './in-process-runtime';
import { waitFor } from './sync';
import type { TestServer } from './test-server';

/**
 * The real sync endpoint in this process (real embedded database, real
 * sockets on a free port), for tests that drive `runtime.sync` directly as
 * the rest of the process does. `server` is enough for the sync helpers' `connect`.
 */
export async function startInProcessSync(opts: { hooks?: SyncServerOptions['hooks'] } = {}) {
  const db = await startInProcessRuntime();
  const runtime = getRuntime();
  const sync = new SyncServer({ config: runtime.config, db, publicUrl: () => runtime.publicUrl, hooks: opts.hooks });
  runtime.sync = sync;
  const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
  httpServer.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  afterAll(async () => {
    await sync.close();
    // Rooms unload (and write their last checkpoint) just after their sockets close: before the database closes.
    await waitFor(() => sync.registry.rooms.size === 0, 'rooms unloaded');
    await sync.registry.flush();
    await new Promise((resolve) => httpServer.close(resolve));
  });
  const server = { url: `http://127.0.0.1:${port}`, port } as TestServer;

  let n = 0;
  /** A staff user with an API token (for `connect(server, boardId, { token })`). */
  async function person(name: string) {
    const { user } = await createStaffUser({ email: `${name.toLowerCase()}-${++n}-${Date.now()}@example.test`, name });
    const { token } = await createApiToken({ actorId: user.id, name: 'test' });
    return { userId: user.id, token };
  }
  async function boardOf(ownerId: string) {
    return (await createBoard({ actorId: ownerId, input: { name: 'Credited board', description: '' } })).id;
  }
  async function join(boardId: string, userId: string, role: Role, side: Side) {
    await db.insert(t.participants).values({ boardId, userId, role, side });
  }
  return { db, sync, server, person, boardOf, join };
}
