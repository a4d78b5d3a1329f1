import { parentPort, workerData } from 'node:worker_threads';
import { BenchClient, waitUntil } from './clients';

/**
 * Joins `count` clients to a room and reports when each had the whole
 * document. The join storm runs these on several threads: receiving
 * 200 × 5 MB is more than one load-generator thread keeps up with, and the
 * storm should measure the server, not the load generator.
 */
const { url, headers, count } = workerData as { url: string; headers: Record<string, string>; count: number };
const target = { roomUrl: () => url, headers };
// Loaded: wait for the signal, so every thread starts at the same moment.
parentPort!.postMessage('ready');
await new Promise((resolve) => parentPort!.once('message', resolve));
const joinedAt: number[] = [];
const done = new Set<BenchClient>();
const clients = Array.from({ length: count }, () => {
  const c = new BenchClient(target, '', false);
  c.onUpdate = () => {
    if (!c.synced || done.has(c)) return;
    done.add(c);
    joinedAt.push(performance.timeOrigin + performance.now());
  };
  return c;
});
await waitUntil(() => joinedAt.length === count, 120_000);
parentPort!.postMessage(joinedAt);
clients.forEach((c) => c.close());
