import fs from 'node:fs';
import { z } from 'zod';
import { ZId } from '../../shared/schemas/common';
import { getRuntime } from '../runtime';
import { checkBoard, type RoomCheck } from '../sync/check-board';
import { requestRoomCopies, type RoomCopy } from '../sync/room-copies';
import { defineCommand, UsageError } from './parse-args';

// Reads Yjs state, so like `board export` it runs only in the tsx-loaded process code (CLI, admin endpoint).

export const boardCheck = defineCommand({
  words: ['board', 'check'],
  summary: "Check a board's update log for gaps that hold content back; --repair writes them back from memory",
  description: [
    'Loads each room of the board from checkpoint + log, as a server does, and reports every gap: the',
    'missing clock range per Yjs client and its owner, and what the gap holds back (refused with 4503).',
    'Exit code 1 while a gap remains. --repair asks every running process (through REDIS_URL, or the',
    'running server on the embedded database) for the copy it holds in memory, and --from adds a',
    "client's copy (a Yjs update, e.g. Y.encodeStateAsUpdate(doc) saved to a file). Each gap a copy",
    "covers is appended to the log, credited to that clientID's owner. What no copy holds stays lost.",
  ].join('\n'),
  options: [
    { name: 'board', value: 'ID', description: 'The board id', required: true },
    { name: 'repair', value: '', description: 'Write gaps back from the copies found', flag: true },
    { name: 'from', value: 'FILE', description: "With --repair: a client's copy of the content room (binary Yjs update)" },
  ],
  examples: ['npx coscript board check --board 0b7f…-…', 'REDIS_URL=redis://… DATABASE_URL=postgres://… npx coscript board check --board 0b7f…-… --repair'],
  schema: z.object({ board: ZId, repair: z.literal('true').optional(), from: z.string().min(1).optional() }),
  run: async ({ board, repair, from }) => {
    if (from && !repair) throw new UsageError('--from is a source for --repair: add --repair');
    const fileCopy = from ? readCopy(from) : null;
    const { config, db, sync } = getRuntime();
    const copies = async (): Promise<RoomCopy[]> => {
      const running = config.REDIS_URL ? await requestRoomCopies(config.REDIS_URL, board) : (sync?.roomCopies(board) ?? []);
      return [...running, ...(fileCopy ? [fileCopy] : [])];
    };
    const result = await checkBoard({ db, boardId: board, copies: repair ? copies : undefined });
    const lines = [`board ${board}: ${result.complete ? 'complete' : 'INCOMPLETE'}`, ...result.rooms.flatMap(describe)];
    if (!result.complete && !repair) lines.push('Run again with --repair to write the gaps back from running processes or a client copy.');
    return { stdout: `${lines.join('\n')}\n`, code: result.complete ? 0 : 1 };
  },
});

function readCopy(file: string): RoomCopy {
  try {
    return { source: file, room: 'content', state: new Uint8Array(fs.readFileSync(file)) };
  } catch (e) {
    throw new UsageError(`--from: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function describe(r: RoomCheck): string[] {
  const author = (id: string | null) => id ?? 'no recorded owner';
  return [
    ...r.repaired.map((x) => `  ${r.room}: repaired client ${x.client} from clock ${x.from} with the copy of ${x.source} (log seq ${x.seq})`),
    ...r.missing.map((m) => `  ${r.room}: missing client ${m.client} clocks ${m.from}..${m.to === null ? '?' : m.to - 1} (author ${author(m.authorId)})`),
    ...r.heldBack.map((h) => `  ${r.room}: held back client ${h.client} clocks ${h.from}..${h.to - 1} (author ${author(h.authorId)})`),
    ...(r.pendingDeletes ? [`  ${r.room}: ${r.pendingDeletes} deletion(s) of missing content held back`] : []),
  ];
}
