import { Worker } from 'node:worker_threads';
import { BenchClient, percentile, waitUntil } from './clients';
import { liveHeapBytes, measure, sample } from './proc';
import type { Target } from './targets';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function openAll(target: Target, room: string, n: number, replicate: (i: number) => boolean): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = Array.from({ length: Math.min(50, n - i) }, (_, j) => new BenchClient(target, room, replicate(i + j)));
    await Promise.all(batch.map((c) => c.opened));
    await waitUntil(() => batch.every((c) => c.synced));
    clients.push(...batch);
  }
  return clients;
}

/**
 * Editors change a map entry to their send time; probe observers record the
 * delay when it arrives. The first `warmupSeconds` of load are not counted
 * (both processes are still compiling their hot paths).
 */
export async function editLatency(
  target: Target,
  opts: { editors: number; observers: number; rate: number; seconds: number; warmupSeconds: number; atLoadStart?: () => Promise<void> },
) {
  const room = await target.newRoom();
  const probes = 5;
  const clients = await openAll(target, room, opts.editors + opts.observers, (i) => i < opts.editors + probes);
  const editors = clients.slice(0, opts.editors);
  const latencies: number[] = [];
  let countFrom = Infinity;
  for (const probe of clients.slice(opts.editors, opts.editors + probes)) {
    probe.doc.getMap('lat').observe((event) => {
      const now = performance.timeOrigin + performance.now();
      for (const key of event.keysChanged) {
        const sent = probe.doc.getMap('lat').get(key) as number;
        if (sent >= countFrom) latencies.push(now - sent);
      }
    });
  }
  const stop = atSpreadPhases(editors, opts.rate, (e, i) => e.doc.getMap('lat').set(`e${i}`, performance.timeOrigin + performance.now()));
  await sleep(opts.warmupSeconds * 1000);
  await opts.atLoadStart?.();
  countFrom = performance.timeOrigin + performance.now();
  const { cpuPercent, peakRssMb, harnessCpuPercent } = await measure(target.pid, () => sleep(opts.seconds * 1000));
  stop();
  await sleep(300);
  clients.forEach((c) => c.close());
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), samples: latencies.length, cpuPercent, peakRssMb, harnessCpuPercent };
}

/** Runs `act` for every actor `rate` times a second, at evenly spread phases (people do not act in the same millisecond). */
export function atSpreadPhases<T>(actors: T[], rate: number, act: (actor: T, i: number) => void): () => void {
  const period = 1000 / rate;
  const timers: NodeJS.Timeout[] = [];
  actors.forEach((a, i) =>
    timers.push(
      setTimeout(
        () => {
          act(a, i);
          timers.push(setInterval(() => act(a, i), period));
        },
        (i * period) / actors.length,
      ),
    ),
  );
  return () => timers.forEach((t) => clearTimeout(t));
}

/**
 * Clients move their cursor (awareness) at `hz`; probes record the delay.
 * The first `warmupSeconds` are not counted.
 */
export async function presence(target: Target, opts: { clients: number; hz: number; seconds: number; warmupSeconds: number }) {
  const room = await target.newRoom();
  const clients = await openAll(target, room, opts.clients, () => false);
  const latencies: number[] = [];
  let countFrom = Infinity;
  for (const probe of clients.slice(0, 5)) {
    probe.onAwareness = (update) => {
      const now = Date.now();
      // Entries: count, then (clientID, clock, JSON state); only the timestamps matter here.
      for (const m of new TextDecoder().decode(update).matchAll(/"t":(\d+)/g)) if (Number(m[1]) >= countFrom) latencies.push(now - Number(m[1]));
    };
  }
  const stop = atSpreadPhases(clients, opts.hz, (c) => {
    c.awareness.setLocalState({ cursor: Math.random(), t: Date.now() });
    c.sendAwareness();
  });
  await sleep(opts.warmupSeconds * 1000);
  countFrom = Date.now();
  const { cpuPercent, harnessCpuPercent } = await measure(target.pid, () => sleep(opts.seconds * 1000));
  stop();
  await sleep(300);
  clients.forEach((c) => c.close());
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), samples: latencies.length, cpuPercent, harnessCpuPercent };
}

/**
 * What the server holds per idle, synced socket. RSS is what the machine
 * pays: for the first `n` sockets it includes one-time growth (the young
 * generation expanding under the connection churn, database caches), so a
 * second `n` gives the marginal cost. Live heap (after a full collection)
 * leaves out garbage and collector headroom.
 */
export async function idleSockets(target: Target, n: number) {
  const room = await target.newRoom();
  const warm = await openAll(target, room, 10, () => false);
  await sleep(500);
  // RSS is noisy (GC): take the median of a few samples.
  const rss = async () => {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await sleep(400);
      samples.push(sample(target.pid).rssBytes);
    }
    return samples.sort((x, y) => x - y)[2]!;
  };
  const before = sample(target.pid).rssBytes;
  const first = await openAll(target, room, n, () => false);
  const afterFirst = await rss();
  const second = await openAll(target, room, n, () => false);
  const afterSecond = await rss();
  [...first, ...second].forEach((c) => c.close());
  // Snapshots grow RSS themselves: the live heap is measured in another round, once these
  // sockets are gone (a closing socket is held up to 2 s for its close handshake).
  await sleep(3000);
  const heapBefore = await liveHeapBytes(target.pid, target.snapshotDir);
  const third = await openAll(target, room, n, () => false);
  const heapAfter = await liveHeapBytes(target.pid, target.snapshotDir);
  [...warm, ...third].forEach((c) => c.close());
  return {
    perSocketKb: (afterFirst - before) / n / 1024,
    marginalPerSocketKb: (afterSecond - afterFirst) / n / 1024,
    liveHeapPerSocketKb: (heapAfter - heapBefore) / n / 1024,
  };
}

/** Waits until Coscript has committed every update and written every checkpoint it queued. */
export async function untilPersisted(metrics: () => Promise<string>, alsoUnloaded = false): Promise<void> {
  for (;;) {
    const m = await metrics();
    const idle = /^coscript_sync_persist_queue 0$/m.test(m) && /^coscript_sync_checkpoint_queue 0$/m.test(m);
    if (idle && (!alsoUnloaded || /^coscript_sync_rooms_loaded 0$/m.test(m))) return;
    await sleep(100);
  }
}

/**
 * `clients` join a board holding `megabytes` of text at once, from
 * `threads` load-generator threads. The storm starts once the server has
 * stored the board (`quiet`): people join a board that exists, not one
 * being written that instant.
 */
export async function joinStorm(target: Target, opts: { clients: number; megabytes: number; threads: number; quiet?: () => Promise<void> }) {
  const room = await target.newRoom();
  const [writer] = await openAll(target, room, 1, () => true);
  const chunk = 'x'.repeat(256 * 1024);
  for (let i = 0; i < opts.megabytes * 4; i++) writer!.doc.getText('big').insert(writer!.doc.getText('big').length, chunk);
  const checker = await openAll(target, room, 1, () => true);
  await waitUntil(() => checker[0]!.doc.getText('big').length === opts.megabytes * 1024 * 1024);
  await opts.quiet?.();
  const threads = Math.max(1, Math.min(opts.threads, opts.clients));
  const workers = Array.from({ length: threads }, (_, i) => {
    const count = Math.floor(opts.clients / threads) + (i < opts.clients % threads ? 1 : 0);
    // Workers do not inherit tsx's loader: register it, then load the TypeScript worker.
    const script = new URL('./storm-worker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); })`;
    return new Worker(boot, { eval: true, workerData: { url: target.roomUrl(room), headers: target.headers, count } });
  });
  await Promise.all(workers.map((w) => new Promise((resolve, reject) => w.once('message', resolve).once('error', reject))));
  const results = workers.map(
    (w) =>
      new Promise<number[]>((resolve, reject) => {
        w.once('message', (at: number[]) => resolve(at));
        w.once('error', reject);
      }).finally(() => void w.terminate()),
  );
  const t0 = performance.timeOrigin + performance.now();
  workers.forEach((w) => w.postMessage('go'));
  const joined = (await Promise.all(results)).flat().map((at) => at - t0);
  [writer!, ...checker].forEach((c) => c.close());
  return { p50: percentile(joined, 50), p99: percentile(joined, 99), all: joined.length };
}

/** Coscript only: a board whose log holds `updates` updates is unloaded, then opened cold. */
export async function coldLoad(target: Target, updates: number, metrics: () => Promise<string>) {
  const room = await target.newRoom();
  const [writer] = await openAll(target, room, 1, () => true);
  const text = writer!.doc.getText('t');
  for (let i = 0; i < updates; i++) {
    text.insert(text.length, 'a');
    if (i % 500 === 0) await new Promise((r) => setImmediate(r));
  }
  // Wait until the server holds every update (a second replica sees them all), then let it unload the board.
  const check = new BenchClient(target, room, true);
  await waitUntil(() => check.synced && check.doc.getText('t').length === updates, 300_000);
  writer!.close();
  check.close();
  // Unloaded, every update committed, and the checkpoint written at unload is in.
  await untilPersisted(metrics, true);
  const t0 = performance.now();
  const cold = new BenchClient(target, room, true);
  await waitUntil(() => cold.synced && cold.doc.getText('t').length === updates);
  const ms = performance.now() - t0;
  cold.close();
  return { ms };
}

/**
 * Receipt-to-commit lag of the updates persisted between two scrapes of
 * `/metrics` (histogram buckets, so each percentile is a "≤ bucket" bound).
 */
export function persistLag(before: string, after: string) {
  const read = (text: string) =>
    new Map([...text.matchAll(/^coscript_sync_persist_lag_seconds_bucket\{le="([^"]+)"\} (\d+)/gm)].map((m) => [m[1]!, Number(m[2])]));
  const start = read(before);
  const buckets = [...read(after)].map(([le, count]) => ({ le: le === '+Inf' ? Infinity : Number(le), count: count - (start.get(le) ?? 0) }));
  const total = buckets.at(-1)?.count ?? 0;
  const q = (p: number) => (total ? (buckets.find((b) => b.count >= total * p)?.le ?? NaN) * 1000 : NaN);
  return { count: total, p50: q(0.5), p99: q(0.99) };
}

