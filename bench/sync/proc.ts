import fs from 'node:fs';

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
