import type { Db } from '../../lib/server/db';
import { logger } from '../../lib/server/log';
import { claimBatcher } from '../../lib/server/sync/claim-batcher';
import type { UpdateLog } from '../../lib/server/sync/update-log';
import { allows } from '../../lib/shared/policy';
import type { Admission } from './admission';
import { authorizeUpdate, type Writer } from './authorize-update';
import { SocketRefusal } from './close-codes';
import type { UpdateContext } from './hooks';
import { metrics } from './metrics';
import type { Room } from './room';

// A database that does not answer must not stop new writers: past this, a claim waits in memory for its commit.
const CLAIM_STORE_WAIT_MS = 2_000;

/**
 * The `authorizeUpdate` hook of a Coscript process: the rule book's answers
 * for the socket (writerOf), the checks of authorize-update.ts, clientID
 * claims, and what a refusal or a held-back handshake does to the socket.
 */
export function authorizeUpdateHook(opts: { db: Db; log: UpdateLog; scaledOut: boolean }): (ctx: UpdateContext) => Promise<Uint8Array | null> {
  const claimOwner = claimBatcher(opts.db);

  /**
   * First use of a clientID claims it: authorizeUpdate calls this only for
   * an update it has accepted, after every other check, so a refused update
   * never claims (nor locks anyone out of) a clientID. Scaled out, the database decides
   * between processes (memory when it is away). A single process is the
   * board's only writer and loaded every owner with the room, so it decides
   * at once and records the claim with the next group commit.
   *
   * Either way the claim is stored before the update is applied and reaches
   * peers: after a crash, peers replaying that update in their handshake
   * must find it owned, or the first of them would be credited with it (and
   * its real author's own re-sent structs refused as someone else's).
   */
  async function claim(room: Room, clientId: number, userId: string): Promise<string> {
    if (!opts.scaledOut) {
      if (!room.owners.has(clientId)) {
        room.owners.set(clientId, userId);
        await stored(opts.log.appendClaim({ boardId: room.boardId, clientId, userId }));
      }
      return room.owners.get(clientId)!;
    }
    let owner = userId;
    try {
      owner = await claimOwner({ boardId: room.boardId, clientId, userId });
    } catch {
      void opts.log.appendClaim({ boardId: room.boardId, clientId, userId });
    }
    if (!room.owners.has(clientId)) room.owners.set(clientId, owner);
    return room.owners.get(clientId)!;
  }

  return ({ conn, room, update, parsed, handshake }) => {
    // A control socket's handshake hands back what it merged from all its audiences' documents: nothing of its own.
    if (room.kind === 'control' && handshake) return Promise.resolve(null);
    return authorizeUpdate({
      room,
      writer: writerOf(conn.admission),
      update,
      parsed,
      handshake,
      handshakeDone: conn.handshakeDone && !conn.behind,
      claim: (id) => claim(room, id, conn.userId),
      onHeldBack: (waitingOn) => {
        metrics.refusedWrites.inc({ reason: 'held-back' });
        conn.holdBack(waitingOn);
      },
      onReplayDropped: (clients) => {
        metrics.refusedWrites.inc({ reason: 'replay-of-other-owner' });
        logger().info({ event: 'sync.replay-dropped', board: room.boardId, user: conn.userId, clients }, 'sync: dropped structs of other owners from a handshake');
      },
    }).catch((e: unknown) => {
      if (e instanceof SocketRefusal) metrics.refusedWrites.inc({ reason: refusalReason(e.reason) });
      throw e;
    });
  };
}

/** The rule book's answers for the update checks of one socket. */
function writerOf(admission: Admission): Writer {
  const { rules } = admission;
  return {
    userId: admission.actor.userId,
    canWrite: admission.canWrite,
    readOnly: admission.readOnly,
    side: admission.side,
    mayManageLanes: allows(rules, 'lanes.manage'),
    mayWriteLane: (lane) => allows(rules, 'lane.write', lane),
  };
}

function refusalReason(reason: string): string {
  if (reason.startsWith('clientID')) return 'clientid';
  if (reason.startsWith('lane')) return 'lane';
  if (reason.startsWith('read-only')) return 'read-only';
  if (reason.startsWith('map key')) return 'map-run';
  return 'unplaceable';
}

function stored(commit: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([commit, new Promise<void>((resolve) => (timer = setTimeout(resolve, CLAIM_STORE_WAIT_MS)))]).finally(() => clearTimeout(timer));
}
