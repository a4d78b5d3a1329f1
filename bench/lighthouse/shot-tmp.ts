import { chromium } from '@playwright/test';
import { signUp, startServer } from '../editor/server';
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const cookie = await signUp(server.url, 'Diag');
  const res = await fetch(`${server.url}/api/v1/boards`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Ordering', template: 'cafe-order' }) });
  const id = ((await res.json()) as { board: { id: string } }).board.id;
  const [name, value] = cookie.split('=') as [string, string];
  for (const js of [false, true]) {
    const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, javaScriptEnabled: js, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    await ctx.addCookies([{ name, value, url: server.url }]);
    const page = await ctx.newPage();
    if (!js) { await ctx.close(); continue; }
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.addInitScript(() => {
      (window as any).__lcp = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).__lcp.push([Math.round(e.startTime), e.size, e.element?.tagName, (e.element?.textContent ?? '').slice(0, 50), Math.round(e.element?.getBoundingClientRect().top ?? -1), scrollY]); }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${server.url}/b/${id}`, { waitUntil: 'commit' });
    for (let i = 0; i < 40; i++) {
      const st = await page.evaluate(() => JSON.stringify({ t: Math.round(performance.now()), y: scrollY, h: document.documentElement.scrollHeight, ready: !!document.querySelector('[data-ready="true"]'), dock: Math.round(document.querySelector('[data-testid="proposals-dock"]')?.getBoundingClientRect().top ?? -1), prev: !!document.querySelector('[data-testid="board-preview"]'), card: Math.round(document.querySelector('[data-testid="step-card"]')?.getBoundingClientRect().height ?? -1), lanes: document.querySelectorAll('[data-testid="step-card"] textarea').length })).catch(() => '');
      console.log(st);
      if (st.includes('"ready":true') && i > 30) break;
      await page.waitForTimeout(40);
    }
    await page.waitForSelector('[data-testid="board-editor"][data-ready="true"]', { timeout: 60000 });
    await page.screenshot({ path: `/tmp/m-ready.png` });
    console.log(await page.evaluate(() => JSON.stringify({ y: scrollY, dock: document.querySelector('[data-testid="proposals-dock"]')?.getBoundingClientRect().top, card: document.querySelector('[data-testid="step-card"]')?.getBoundingClientRect().height, grid: !!document.querySelector('[data-testid="blueprint"]') })));
    await page.waitForTimeout(2000);
    console.log(await page.evaluate(() => JSON.stringify((window as any).__lcp)));
    console.log(await page.evaluate(() => JSON.stringify({ sw: document.documentElement.scrollWidth, iw: innerWidth, ih: innerHeight, scale: visualViewport?.scale, vw: visualViewport?.width, wide: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 413).slice(0, 12).map((e) => e.tagName + '.' + (e.className?.toString?.() ?? '').slice(0, 60) + ' r=' + Math.round(e.getBoundingClientRect().right)) })));
    await page.screenshot({ path: '/tmp/m-mobile.png' });
    console.log(await page.evaluate(() => JSON.stringify({ y: scrollY, dock: document.querySelector('[data-testid="proposals-dock"]')?.getBoundingClientRect().top, grid: !!document.querySelector('[data-testid="blueprint"]') })));
    await ctx.close();
  }
} finally { await browser.close(); await server.stop(); }
process.exit(0);
