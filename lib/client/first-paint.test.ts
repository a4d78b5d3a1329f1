import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './first-paint';

/** A browser's paint timeline, as much of it as afterFirstPaint reads. */
function fakePaintTimeline() {
  const entries: string[] = [];
  const observers = new Set<() => void>();
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: () => void) {}
    observe() {
      observers.add(this.callback);
    }
    disconnect() {
      observers.delete(this.callback);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation((name: string) => entries.filter((e) => e === name) as never);
  return {
    paint(name: string) {
      entries.push(name);
      for (const notify of [...observers]) notify();
    },
    watching: () => observers.size,
  };
}

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('waits for the first contentful paint, not any paint', () => {
    const timeline = fakePaintTimeline();
    const run = vi.fn();
    afterFirstPaint(run);
    timeline.paint('first-paint');
    expect(run).not.toHaveBeenCalled();
    timeline.paint('first-contentful-paint');
    expect(run).toHaveBeenCalledOnce();
    expect(timeline.watching()).toBe(0);
  });

  it('runs at once when the page has painted already', () => {
    const timeline = fakePaintTimeline();
    timeline.paint('first-contentful-paint');
    const run = vi.fn();
    afterFirstPaint(run);
    expect(run).toHaveBeenCalledOnce();
  });

  it('gives up waiting after two seconds (a tab opened in the background paints nothing)', () => {
    vi.useFakeTimers();
    const timeline = fakePaintTimeline();
    const run = vi.fn();
    afterFirstPaint(run);
    vi.advanceTimersByTime(1999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();
    timeline.paint('first-contentful-paint');
    expect(run).toHaveBeenCalledOnce();
  });

  it('does nothing once cancelled', () => {
    vi.useFakeTimers();
    const timeline = fakePaintTimeline();
    const run = vi.fn();
    afterFirstPaint(run)();
    timeline.paint('first-contentful-paint');
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
