import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { signUp, startServer } from '../editor/server';
const server = await startServer();
try {
  const cookie = await signUp(server.url, 'Diag');
  const res = await fetch(`${server.url}/api/v1/boards`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Ordering', template: 'cafe-order' }) });
  const id = ((await res.json()) as { board: { id: string } }).board.id;
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const r = await lighthouse(`${server.url}/b/${id}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], extraHeaders: { Cookie: cookie } });
  chrome.kill();
  const a = r!.lhr.audits;
  const fs = await import('node:fs');
  const thumbs = (a['screenshot-thumbnails']?.details as any)?.items ?? [];
  thumbs.forEach((t: any, i: number) => fs.writeFileSync(`/tmp/lh-thumb-${i}.jpg`, Buffer.from(t.data.split(',')[1], 'base64')));
  fs.writeFileSync('/tmp/lh-final.jpg', Buffer.from((a['final-screenshot']?.details as any).data.split(',')[1], 'base64'));
  console.log('thumb times', thumbs.map((t: any) => Math.round(t.timing)).join(','));
  const m = (a['metrics']?.details as any)?.items?.[0];
  console.log('observed', m?.observedLargestContentfulPaint, m?.observedFirstContentfulPaint, m?.observedDomContentLoaded, m?.observedLoad);
  console.log('score', r!.lhr.categories.performance?.score);
  for (const k of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift', 'interactive']) console.log(k, a[k]?.numericValue, a[k]?.score);
  console.log(JSON.stringify((a['largest-contentful-paint-element']?.details as any)?.items?.[0]?.items?.[0]?.node).slice(0, 900));
  console.log(JSON.stringify((a['largest-contentful-paint-element']?.details as any)?.items?.[1]).slice(0, 800));
  console.log('bootup', JSON.stringify((a['bootup-time']?.details as any)?.items?.map((i: any) => [i.url.replace(/^.*\/_next\//, ''), Math.round(i.total), Math.round(i.scripting)])));
  console.log('mainthread', JSON.stringify((a['mainthread-work-breakdown']?.details as any)?.items?.map((i: any) => [i.group, Math.round(i.duration)])));
  console.log('longtasks', JSON.stringify((a['long-tasks']?.details as any)?.items?.map((i: any) => [i.url?.replace(/^.*\/_next\//, ''), Math.round(i.startTime), Math.round(i.duration)])));
} finally { await server.stop(); }
process.exit(0);
