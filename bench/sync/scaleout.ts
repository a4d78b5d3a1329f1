import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { percentile, type BenchClient } from './clients';
import { measure } from './proc';
import { atSpreadPhases, openAll } from './scenarios';
import { startCoscript, type Target } from './targets';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PROBES = 5;

type Load = { editors: number; observers: number; rate: number; seconds: number; warmupSeconds: number };

/**
 * Edit→peer delay with everyone on one process, then with two processes on
 * one PostgreSQL and Redis (BENCH_DATABASE_URL / BENCH_REDIS_URL, default
 * the local ones, on a fresh database). Two processes: editors write on the
 * first; observers are split across both, and five probes on each record
 * edit→peer delay: same-node next to cross-node (through Redis). One
 * process, the same load and ten probes: the single-node figure the
 * cross-node one is held against.
 */
export async function crossNodeLatency(opts: Load) {
  const database = await benchDatabase();
  const env = { DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(24).toString('hex') };
  try {
    const single = await oneProcess(env, opts);
    const two = await twoProcesses({ ...env, REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379' }, opts);
    return {
      'one process (PostgreSQL): edit p50 ms': percentile(single, 50),
      'one process (PostgreSQL): edit p99 ms': percentile(single, 99),
      'two processes: same-node edit p50 ms': percentile(two.near, 50),
      'two processes: same-node edit p99 ms': percentile(two.near, 99),
      'two processes: cross-node edit p50 ms': percentile(two.far, 50),
      'two processes: cross-node edit p99 ms': percentile(two.far, 99),
      'two processes: cross-node samples': two.far.length,
      'cross-node p99 ÷ one-process p99': Math.round((percentile(two.far, 99) / percentile(single, 99)) * 100) / 100,
      'two processes: editing node CPU %': two.cpuPercent,
    };
  } finally {
    await database.drop();
  }
}

async function oneProcess(env: Record<string, string>, opts: Load): Promise<number[]> {
  const a = await startCoscript({ env, name: 'coscript, one process' });
  try {
    const room = await a.newRoom();
    const editors = await openAll(a, room, opts.editors, () => true);
    const probes = await openAll(a, room, 2 * PROBES, () => true);
    const rest = await openAll(a, room, opts.observers - 2 * PROBES, () => false);
    const latencies = await underLoad(editors, [[probes, []]], opts);
    for (const c of [...editors, ...probes, ...rest]) c.close();
    return latencies[0]!;
  } finally {
    await a.stop();
  }
}

async function twoProcesses(env: Record<string, string>, opts: Load) {
  let a: Target | undefined;
  let b: Target | undefined;
  try {
    a = await startCoscript({ env, name: 'coscript node A' });
    b = await startCoscript({ env, cookie: a.headers.cookie, name: 'coscript node B' });
    const room = await a.newRoom();
    const onA = Math.floor(opts.observers / 2);
    const editors = await openAll(a, room, opts.editors, () => true);
    const near = await openAll(a, room, PROBES, () => true);
    const far = await openAll(b, room, PROBES, () => true);
    const rest = [...(await openAll(a, room, onA - PROBES, () => false)), ...(await openAll(b, room, opts.observers - onA - PROBES, () => false))];
    let cpuPercent = 0;
    const [nearMs, farMs] = await underLoad(editors, [[near, []], [far, []]], opts, async (during: () => Promise<unknown>) => void ({ cpuPercent } = await measure(a!.pid, during)));
    for (const c of [...editors, ...near, ...far, ...rest]) c.close();
    return { near: nearMs!, far: farMs!, cpuPercent };
  } finally {
    await a?.stop();
    await b?.stop();
  }
}

/** Editors stamp a map entry with their send time at `rate`; each probe group's delays after the warm-up. */
async function underLoad(editors: BenchClient[], groups: Array<[BenchClient[], number[]]>, opts: Load, measuring = (during: () => Promise<unknown>) => during()): Promise<number[][]> {
  let countFrom = Infinity;
  for (const [probes, into] of groups) {
    for (const probe of probes) {
      probe.doc.getMap('lat').observe((event) => {
        const now = performance.timeOrigin + performance.now();
        for (const key of event.keysChanged) {
          const sent = probe.doc.getMap('lat').get(key) as number;
          if (sent >= countFrom) into.push(now - sent);
        }
      });
    }
  }
  const stop = atSpreadPhases(editors, opts.rate, (e, i) => e.doc.getMap('lat').set(`e${i}`, performance.timeOrigin + performance.now()));
  await sleep(opts.warmupSeconds * 1000);
  countFrom = performance.timeOrigin + performance.now();
  await measuring(() => sleep(opts.seconds * 1000));
  stop();
  await sleep(300);
  return groups.map(([, into]) => into);
}

/** A fresh database next to BENCH_DATABASE_URL's (or the local server's), dropped afterwards. */
async function benchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const prefix = new URL(base).pathname.slice(1).replace(/^postgres$/, 'coscript');
  const name = `${prefix}_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const conn = postgres(base, { max: 1, onnotice: () => {} });
      await conn.unsafe(`drop database if exists ${name} with (force)`);
      await conn.end();
    },
  };
}
