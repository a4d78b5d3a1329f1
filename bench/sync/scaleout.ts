import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { percentile } from './clients';
import { measure } from './proc';
import { atSpreadPhases, openAll } from './scenarios';
import { startCoscript, type Target } from './targets';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PROBES = 5;

/**
 * Two Coscript processes on one PostgreSQL and Redis (BENCH_DATABASE_URL /
 * BENCH_REDIS_URL, default the local ones, on a fresh database). Editors
 * write on the first process; observers are split across both, and five
 * probes on each record edit→peer delay: same-node (what a single process
 * gives) next to cross-node (through the commit and Redis).
 */
export async function crossNodeLatency(opts: { editors: number; observers: number; rate: number; seconds: number; warmupSeconds: number }) {
  const database = await benchDatabase();
  const env = { DATABASE_URL: database.url, REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379', NEXTAUTH_SECRET: randomBytes(24).toString('hex') };
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
    const latencies = { near: [] as number[], far: [] as number[] };
    let countFrom = Infinity;
    for (const [probes, into] of [[near, latencies.near], [far, latencies.far]] as const) {
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
    const { cpuPercent } = await measure(a.pid, () => sleep(opts.seconds * 1000));
    stop();
    await sleep(300);
    for (const c of [...editors, ...near, ...far, ...rest]) c.close();
    return {
      'two processes: same-node edit p50 ms': percentile(latencies.near, 50),
      'two processes: same-node edit p99 ms': percentile(latencies.near, 99),
      'two processes: cross-node edit p50 ms': percentile(latencies.far, 50),
      'two processes: cross-node edit p99 ms': percentile(latencies.far, 99),
      'two processes: cross-node samples': latencies.far.length,
      'two processes: editing node CPU %': cpuPercent,
    };
  } finally {
    await a?.stop();
    await b?.stop();
    await database.drop();
  }
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
