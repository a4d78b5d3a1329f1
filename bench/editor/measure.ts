import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

export interface Stats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN, n: sorted.length };
}

/** A fresh browser profile (empty IndexedDB) signed in with `cookie`. */
export async function signedInPage(browser: Browser, url: string, cookie: string): Promise<Page> {
  const [name, value] = cookie.split('=') as [string, string];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addCookies([{ name, value, url }]);
  return context.newPage();
}

/**
 * Milliseconds from navigation start until the board is editable: the editor
 * ready, the socket live and the first cell an enabled text field. Also the
 * gzipped size of every script the page loaded on the way (first-load JS).
 */
export async function openUntilEditable(page: Page, boardUrl: string): Promise<{ ms: number; jsGzipBytes: number; jsFiles: number }> {
  const scripts: Array<Promise<number>> = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') scripts.push(res.body().then((b) => gzipSync(b).length, () => 0));
  });
  await page.goto(boardUrl, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const ready = document.querySelector('[data-testid="board-editor"][data-ready="true"]');
      const live = document.querySelector('[data-testid="connection-state"][data-state="live"]');
      const cell = document.querySelector<HTMLTextAreaElement>('[data-testid="blueprint"] textarea');
      return ready && live && cell && !cell.readOnly ? performance.now() : null;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  const sizes = await Promise.all(scripts);
  return { ms, jsGzipBytes: sizes.reduce((a, b) => a + b, 0), jsFiles: sizes.length };
}

/**
 * Types `count` characters into the focused field and records, per key, the
 * time from the key event to the frame after it was handled (rAF, then a task:
 * the paint has happened by then), and the time spent handling it.
 */
export async function keypressLatency(page: Page, count: number): Promise<{ toPaint: Stats; handling: Stats }> {
  await page.evaluate(() => {
    const w = window as unknown as { __toPaint: number[]; __handling: number[] };
    w.__toPaint = [];
    w.__handling = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        // After this key's input event and React's commit: a task queued now runs after them.
        setTimeout(() => w.__handling.push(performance.now() - t0), 0);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__toPaint.push(performance.now() - t0);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
  const text = 'the customer orders a flat white and pays at the counter '.repeat(Math.ceil(count / 57)).slice(0, count);
  await page.keyboard.type(text, { delay: 30 });
  const { toPaint, handling } = await page.evaluate(() => {
    const w = window as unknown as { __toPaint: number[]; __handling: number[] };
    return { toPaint: w.__toPaint, handling: w.__handling };
  });
  return { toPaint: stats(toPaint), handling: stats(handling) };
}
