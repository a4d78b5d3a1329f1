import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HOSTILE_UPDATES } from '../../lib/server/sync/hostile-updates';
import { startTestServer } from './helpers/test-server';
import { connect, ownerWithBoard, rawSocket, waitFor } from './helpers/sync';

const MAX_MESSAGE = 64 * 1024;

function frame(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  if (sub !== null) encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

function validUpdate(): Uint8Array {
  const doc = new Y.Doc();
  const m = doc.getMap('scripts').set('x', new Y.Map<unknown>());
  m.set('title', new Y.Text('hello'));
  m.set('rank', 'a0');
  doc.getText('t').insert(0, 'abc');
  doc.getText('t').delete(1, 1);
  return Y.encodeStateAsUpdate(doc);
}

/** Resolves on the socket's next message or close once `done` holds (event-driven: thousands of round trips). */
function settled(ws: import('ws').WebSocket, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!done() && ws.readyState <= ws.OPEN) return;
      ws.off('message', check);
      ws.off('close', check);
      resolve();
    };
    ws.on('message', check);
    ws.on('close', check);
    check();
  });
}

async function rss(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? 0);
}

describe('sync: hostile input', async () => {
  const server = await startTestServer({
    env: { SYNC_MAX_MESSAGE_BYTES: String(MAX_MESSAGE), SYNC_MESSAGES_PER_SECOND: '50', SYNC_CONNECTS_PER_MINUTE_IP: '100000', SYNC_CONNECTS_PER_MINUTE_USER: '100000' },
  });
  const attacker = await ownerWithBoard(server);
  const victim = await ownerWithBoard(server);
  const a = connect(server, victim.boardId, { cookie: victim.client.cookie });
  const b = connect(server, victim.boardId, { cookie: victim.client.cookie });
  await a.synced();
  await b.synced();
  let round = 0;
  /** The other board still syncs both ways. */
  async function victimStillSyncs() {
    const word = `r${round++};`;
    a.doc.getText('v').insert(0, word);
    await waitFor(() => b.doc.getText('v').toString().startsWith(word), 'victim board sync', 10_000);
  }

  it.each(Object.entries(HOSTILE_UPDATES))('closes a socket sending %s within 1 s; the other board keeps syncing', async (_name, bytes) => {
    for (const sub of [1, 2]) {
      const s = rawSocket(server, `/${attacker.boardId}`, { cookie: attacker.client.cookie });
      await waitFor(() => s.messages.length > 0, 'greeting');
      s.ws.send(frame(0, sub, bytes));
      let code = 0;
      void s.closed.then((c) => (code = c.code));
      await waitFor(() => code, 'close', 1000);
      expect(code).toBe(4400);
    }
    await victimStillSyncs();
  });

  it('closes a socket sending a frame over SYNC_MAX_MESSAGE_BYTES (1009)', async () => {
    const s = rawSocket(server, `/${attacker.boardId}`, { cookie: attacker.client.cookie });
    await waitFor(() => s.messages.length > 0, 'greeting');
    s.ws.send(frame(0, 2, new Uint8Array(MAX_MESSAGE + 10)));
    expect((await s.closed).code).toBe(1009);
    await victimStillSyncs();
  });

  it('closes a socket that exceeds its message budget (4429)', async () => {
    const s = rawSocket(server, `/${attacker.boardId}`, { cookie: attacker.client.cookie });
    await waitFor(() => s.messages.length > 0, 'greeting');
    for (let i = 0; i < 1000 && s.ws.readyState === s.ws.OPEN; i++) s.ws.send(new Uint8Array([3]));
    expect((await s.closed).code).toBe(4429);
  });

  it('survives 10,000 random and mutated frames: process up, other board syncing, memory bounded', async () => {
    const before = await rss(server.url);
    const base = [frame(0, 2, validUpdate()), frame(0, 1, validUpdate()), frame(0, 0, Y.encodeStateVector(new Y.Doc())), frame(1, null, new Uint8Array([1, 5, 1, 2, 123, 125]))];
    const arbFrame = fc.oneof(
      fc.uint8Array({ minLength: 0, maxLength: 256 }),
      fc.tuple(fc.constantFrom(...base), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 6 }), fc.nat()).map(([f, edits, cut]) => {
        const out = f.slice(0, Math.max(1, f.length - (cut % 4)));
        for (const [at, v] of edits) out[at % out.length] = v;
        return out;
      }),
    );
    const frames = fc.sample(arbFrame, { numRuns: 10_000, seed: 4242 });
    let sent = 0;
    let sockets = 0;
    let next = 0;
    // 8 attacker sockets at a time; each sends frames until the server closes it.
    const worker = async () => {
      while (next < frames.length) {
        const s = rawSocket(server, `/${attacker.boardId}`, { cookie: attacker.client.cookie });
        sockets++;
        // Only frames the server parses count: wait until it has admitted the socket.
        await settled(s.ws, () => s.messages.length > 0);
        while (s.ws.readyState === s.ws.OPEN && next < frames.length) {
          // Each frame is followed by an awareness query: its answer proves the frame was handled.
          const answers = s.messages.length;
          s.ws.send(frames[next++]!);
          s.ws.send(new Uint8Array([3]));
          sent++;
          await settled(s.ws, () => s.messages.length > answers);
        }
        s.ws.terminate();
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(sent).toBeGreaterThanOrEqual(10_000);
    console.log(`fuzz: ${sent} frames over ${sockets} sockets`);
    await victimStillSyncs();
    const after = await rss(server.url);
    expect(after - before).toBeLessThan(256 * 1024 * 1024);
  }, 180_000);
});
