/**
 * Fixed-window counters kept in this process. Good enough for one node; a
 * scaled-out deployment limits per node, which still bounds guessing.
 */
const windows = new Map<string, { count: number; resetAt: number }>();

export function hitRateLimit(key: string, limit: number, windowMs: number, now = Date.now()): { ok: boolean; retryAfterMs: number } {
  let w = windows.get(key);
  if (!w || w.resetAt <= now) {
    w = { count: 0, resetAt: now + windowMs };
    windows.set(key, w);
    if (windows.size > 50_000) sweep(now);
  }
  w.count++;
  return { ok: w.count <= limit, retryAfterMs: Math.max(0, w.resetAt - now) };
}

function sweep(now: number): void {
  for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
}
