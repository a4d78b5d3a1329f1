/** Longest wait for the first paint: a tab opened in the background reports none until it is shown. */
const MAX_WAIT_MS = 2000;

/**
 * Calls `run` once the page's first contentful paint has reached the screen
 * (at once if it already has, or where the browser does not report paints),
 * and at the latest after two seconds. Returns a cancel function.
 */
export function afterFirstPaint(run: () => void): () => void {
  const reported = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint') || reported()) {
    run();
    return () => {};
  }
  let done = false;
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
  const finish = () => {
    if (done) return;
    stop();
    run();
  };
  const observer = new PerformanceObserver(() => reported() && finish());
  observer.observe({ type: 'paint', buffered: true });
  const timer = setTimeout(finish, MAX_WAIT_MS);
  return stop;
}
