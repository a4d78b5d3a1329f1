import fs from 'node:fs';
import path from 'node:path';

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds used so far and current RSS of a process, from /proc. */
export function sample(pid: number): { cpuSeconds: number; rssBytes: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS;
  const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuSeconds, rssBytes: Number(rss ?? 0) * 1024 };
}

/**
 * Measures CPU (% of one core) and peak RSS of `pid` while `fn` runs, and
 * the CPU of this process (the load generator: near 100 % its own queueing
 * shows up in the latencies).
 */
export async function measure<T>(pid: number, fn: () => Promise<T>): Promise<{ result: T; cpuPercent: number; peakRssMb: number; harnessCpuPercent: number }> {
  const start = sample(pid);
  const harness = process.cpuUsage();
  const t0 = Date.now();
  let peak = start.rssBytes;
  const timer = setInterval(() => (peak = Math.max(peak, sample(pid).rssBytes)), 200);
  try {
    const result = await fn();
    const end = sample(pid);
    const seconds = (Date.now() - t0) / 1000;
    const used = process.cpuUsage(harness);
    peak = Math.max(peak, end.rssBytes);
    return {
      result,
      cpuPercent: (100 * (end.cpuSeconds - start.cpuSeconds)) / seconds,
      peakRssMb: peak / 1024 / 1024,
      harnessCpuPercent: (used.user + used.system) / 1e4 / seconds,
    };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Live JS heap of `pid` (plus the buffers it holds): the process takes a
 * heap snapshot on SIGUSR2, which collects garbage first, so unlike RSS this
 * leaves out garbage and the headroom the collector keeps.
 */
export async function liveHeapBytes(pid: number, dir: string): Promise<number> {
  const before = new Set(fs.readdirSync(dir));
  process.kill(pid, 'SIGUSR2');
  let file: string | undefined;
  let size = -1;
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    file ??= fs.readdirSync(dir).find((f) => !before.has(f) && f.endsWith('.heapsnapshot'));
    if (!file) continue;
    const now = fs.statSync(path.join(dir, file)).size;
    if (now > 0 && now === size) break;
    size = now;
  }
  const snapshot = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
    snapshot: { meta: { node_fields: string[] } };
    nodes: number[];
  };
  fs.rmSync(path.join(dir, file));
  const fields = snapshot.snapshot.meta.node_fields;
  const width = fields.length;
  const selfSize = fields.indexOf('self_size');
  let total = 0;
  for (let i = selfSize; i < snapshot.nodes.length; i += width) total += snapshot.nodes[i]!;
  return total;
}
