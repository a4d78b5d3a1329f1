import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RoomKind } from './update-log';

/** Redis channels of the sync fan-out (server/sync/fanout-redis.ts speaks the other side). */
export const SYNC_CHANNEL_PREFIX = 'coscript:sync:';
export const COMMANDS_CHANNEL = `${SYNC_CHANNEL_PREFIX}commands`;
/** Message kind on the commands channel: "send me your in-memory copy of this board's rooms". */
export const COPY_REQUEST = 3;
// A reply is [kind][16-byte node tag], then for a copy [room name length][room name][state].
const COPY = 0;
const DONE = 255;

/** A room's full state as some running process holds it in memory. */
export interface RoomCopy {
  source: string;
  room: RoomKind;
  state: Uint8Array;
}

export const encodeCopyRequest = (boardId: string, replyTo: string) => Buffer.from(JSON.stringify({ boardId, replyTo }));

/** One process's answer: a message per loaded room, then one that says it is done. */
export function encodeCopyReplies(node: string, rooms: Array<{ room: RoomKind; state: Uint8Array }>): Buffer[] {
  const tag = Buffer.from(node.padEnd(16).slice(0, 16));
  const copy = (r: { room: RoomKind; state: Uint8Array }) => {
    const name = Buffer.from(r.room);
    return Buffer.concat([Buffer.from([COPY]), tag, Buffer.from([name.length]), name, r.state]);
  };
  return [...rooms.map(copy), Buffer.concat([Buffer.from([DONE]), tag])];
}

/**
 * Asks every running process (through Redis) for the copies of a board's
 * rooms it holds in memory. Waits for as many "done" answers as processes
 * listen on the commands channel, or `waitMs` (generous: a busy node still answers, and an operator can wait).
 */
export async function requestRoomCopies(redisUrl: string, boardId: string, waitMs = 15_000): Promise<RoomCopy[]> {
  const sub = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  const pub = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  const replyTo = `${SYNC_CHANNEL_PREFIX}copies:${randomBytes(8).toString('hex')}`;
  try {
    await Promise.all([sub.connect(), pub.connect()]);
    const copies: RoomCopy[] = [];
    let done = 0;
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    sub.on('messageBuffer', (_channel: Buffer, message: Buffer) => {
      const kind = message[0];
      const source = `node ${message.subarray(1, 17).toString().trim()}`;
      if (kind === DONE) {
        if (++done >= listeners) finish();
      } else if (kind === COPY) {
        const end = 18 + message[17]!;
        copies.push({ source, room: message.subarray(18, end).toString() as RoomKind, state: new Uint8Array(message.subarray(end)) });
      }
    });
    await sub.subscribe(replyTo);
    const [, count] = (await pub.pubsub('NUMSUB', COMMANDS_CHANNEL)) as [string, number];
    const listeners = Number(count);
    if (!listeners) return [];
    const request = Buffer.concat([Buffer.from([COPY_REQUEST]), randomBytes(8), encodeCopyRequest(boardId, replyTo)]);
    await pub.publish(COMMANDS_CHANNEL, request);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([finished, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
    return copies;
  } finally {
    sub.disconnect();
    pub.disconnect();
  }
}
