import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coldLoad, editLatency, idleSockets, joinStorm, persistLag, presence, untilPersisted } from './scenarios';
import { crossNodeLatency } from './scaleout';
import { startCoscript, startReference, type Target } from './targets';

/**
 * `npm run bench:sync`: the same harness against Coscript's sync endpoint
 * and the reference y-websocket server, results into bench/RESULTS.md.
 * Sizes are configurable (BENCH_*) to keep a run within a few minutes.
 */
const n = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const cfg = {
  editors: n('BENCH_EDITORS', 50),
  observers: n('BENCH_OBSERVERS', 450),
  rate: n('BENCH_RATE', 5),
  seconds: n('BENCH_SECONDS', 10),
  warmupSeconds: n('BENCH_WARMUP_SECONDS', 1),
  presenceClients: n('BENCH_PRESENCE_CLIENTS', 500),
  idle: n('BENCH_IDLE_SOCKETS', 1000),
  stormClients: n('BENCH_STORM_CLIENTS', 200),
  stormMb: n('BENCH_STORM_MB', 5),
  stormThreads: n('BENCH_STORM_THREADS', 2),
  coldUpdates: n('BENCH_COLD_UPDATES', 100_000),
  scaleoutEditors: n('BENCH_SCALEOUT_EDITORS', 10),
  scaleoutObservers: n('BENCH_SCALEOUT_OBSERVERS', 190),
};

// For iterating on one measure: BENCH_SCENARIOS=edit,presence,idle,storm,cold,scaleout and BENCH_TARGETS=coscript,reference.
// A filtered run prints its numbers but leaves bench/RESULTS.md alone.
const list = (name: string) => process.env[name]?.split(',').map((s) => s.trim()).filter(Boolean);
const scenarios = list('BENCH_SCENARIOS');
const targets = list('BENCH_TARGETS');
const runs = (scenario: string) => !scenarios || scenarios.includes(scenario);
const partial = Boolean(scenarios || targets);

type Row = Record<string, number | string>;
const results: Record<string, Row> = {};
/** The server's event-loop delay since the previous scrape (prom-client resets it on each collection). */
function loopDelay(text: string): Row {
  const read = (name: string) => Number(new RegExp(`^nodejs_eventloop_lag_${name}_seconds (\\S+)`, 'm').exec(text)?.[1]) * 1000;
  return { 'edit server event-loop delay p99 ms': read('p99'), 'edit server event-loop delay max ms': read('max') };
}
const fmt = (v: number | string | undefined) => (typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 0) : 'n/a') : (v ?? 'n/a'));

async function runAll(target: Target, coscript: boolean) {
  const r: Row = {};
  const metrics = async () => (await fetch(`${target.httpUrl}/metrics`)).text();
  results[target.name] = r;
  // Idle sockets first, on a fresh process: later scenarios leave garbage whose collection would pass for negative RSS.
  if (runs('idle')) {
    console.log(`[${target.name}] idle sockets…`);
    const idle = await idleSockets(target, cfg.idle);
    Object.assign(r, {
      [`RSS per idle socket kB (first ${cfg.idle})`]: idle.perSocketKb,
      [`RSS per idle socket kB (next ${cfg.idle})`]: idle.marginalPerSocketKb,
      'live heap per idle socket kB (after GC)': idle.liveHeapPerSocketKb,
    });
  }
  if (runs('edit')) {
    console.log(`[${target.name}] edit latency…`);
    let metricsBefore = '';
    const atLoadStart = async () => void (metricsBefore = coscript ? await metrics() : '');
    const lat = await editLatency(target, { editors: cfg.editors, observers: cfg.observers, rate: cfg.rate, seconds: cfg.seconds, warmupSeconds: cfg.warmupSeconds, atLoadStart });
    // Persist lag of the edit load alone (the join storm's 5 MB board would dominate otherwise).
    if (coscript) {
      const metricsAfter = await metrics();
      const lag = persistLag(metricsBefore, metricsAfter);
      Object.assign(r, { 'persist lag p50 ms (≤, edit load)': lag.p50, 'persist lag p99 ms (≤, edit load)': lag.p99, 'updates persisted': lag.count });
      Object.assign(r, loopDelay(metricsAfter));
    }
    Object.assign(r, { 'edit p50 ms': lat.p50, 'edit p99 ms': lat.p99, 'edit samples': lat.samples, 'edit CPU %': lat.cpuPercent, 'edit peak RSS MB': lat.peakRssMb, 'edit load-generator CPU %': lat.harnessCpuPercent });
  }
  if (runs('presence')) {
    console.log(`[${target.name}] presence…`);
    const pr = await presence(target, { clients: cfg.presenceClients, hz: 2, seconds: Math.min(cfg.seconds, 8), warmupSeconds: cfg.warmupSeconds });
    Object.assign(r, { 'presence p50 ms': pr.p50, 'presence p95 ms': pr.p95, 'presence CPU %': pr.cpuPercent, 'presence load-generator CPU %': pr.harnessCpuPercent });
  }
  if (runs('storm')) {
    console.log(`[${target.name}] join storm…`);
    const storm = await joinStorm(target, { clients: cfg.stormClients, megabytes: cfg.stormMb, threads: cfg.stormThreads, quiet: coscript ? () => untilPersisted(metrics) : undefined });
    Object.assign(r, { 'join storm p50 ms': storm.p50, 'join storm p99 ms': storm.p99 });
  }
  if (coscript && runs('cold')) {
    console.log(`[${target.name}] cold load of ${cfg.coldUpdates} updates…`);
    Object.assign(r, { [`cold load ms (${cfg.coldUpdates} updates)`]: (await coldLoad(target, cfg.coldUpdates, metrics)).ms });
  }
  if (coscript && runs('scaleout')) {
    console.log(`[${target.name}] two processes on PostgreSQL + Redis…`);
    const opts = { editors: cfg.scaleoutEditors, observers: cfg.scaleoutObservers, rate: cfg.rate, seconds: cfg.seconds, warmupSeconds: cfg.warmupSeconds };
    Object.assign(r, await crossNodeLatency(opts));
  }
}

for (const [key, start, coscript] of [['coscript', startCoscript, true], ['reference', startReference, false]] as const) {
  if (targets && !targets.includes(key)) continue;
  const target = await start();
  try {
    await runAll(target, coscript);
  } finally {
    await target.stop();
  }
}

const names = Object.keys(results);
const keys = [...new Set(names.flatMap((k) => Object.keys(results[k]!)))];
const lines = [
  '# Sync benchmark (`npm run bench:sync`)',
  '',
  `## ${new Date().toISOString()} · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length} · ${Math.round(os.totalmem() / 2 ** 30)} GB · Node ${process.version} · database: ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`,
  '',
  `Load: ${cfg.editors} editors at ${cfg.rate} updates/s + ${cfg.observers} observers for ${cfg.seconds} s after ${cfg.warmupSeconds} s of warm-up; presence: ${cfg.presenceClients} clients at 2 Hz after the same warm-up; ${cfg.idle} idle sockets; join storm: ${cfg.stormClients} clients on a ${cfg.stormMb} MB board from ${cfg.stormThreads} load-generator threads; two processes (PostgreSQL + Redis): ${cfg.scaleoutEditors} editors at ${cfg.rate} updates/s on one + ${cfg.scaleoutObservers} observers split across both. Clients, servers and other work share one machine over loopback.`,
  '',
  `| measure | ${names.join(' | ')} |`,
  `|---|${names.map(() => '---').join('|')}|`,
  ...keys.map((k) => `| ${k} | ${names.map((name) => fmt(results[name]![k])).join(' | ')} |`),
  '',
];
console.log(lines.join('\n'));
if (partial) process.exit(0);
// Newest run first; earlier runs (other sizes, machines) stay below it.
const out = path.resolve(import.meta.dirname, '../RESULTS.md');
const earlier = fs.existsSync(out) ? fs.readFileSync(out, 'utf8').split('\n').slice(1).join('\n') : '';
fs.writeFileSync(out, [...lines, earlier.trim()].join('\n').trimEnd() + '\n');
process.exit(0);
