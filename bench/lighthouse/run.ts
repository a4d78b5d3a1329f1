/**
 * Lighthouse on the board page (issue 13): mobile and desktop performance of a
 * café-template board on the real server (production build), Debian's chromium.
 * Writes the "Lighthouse" section of bench/RESULTS.md. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { ROOT, signUp, startServer } from '../editor/server';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
// The server runs on one core, so answering the page never takes both from Chromium (whose main thread Lighthouse scales by 4).
const SERVER_CPUS = os.cpus().length >= 2 ? '0' : undefined;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

interface Score {
  performance: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
}

async function createCafeBoard(url: string, cookie: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: 'Ordering at the counter', template: 'cafe-order' }),
  });
  if (res.status !== 201) throw new Error(`board create failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { board: { id: string } }).board.id;
}

async function measure(url: string, cookie: string, desktop: boolean): Promise<Score> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], extraHeaders: { Cookie: cookie } },
      desktop ? desktopConfig : undefined,
    );
    const lhr = result!.lhr;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      tbtMs: audit('total-blocking-time'),
      lcpMs: audit('largest-contentful-paint'),
      fcpMs: audit('first-contentful-paint'),
    };
  } finally {
    chrome.kill();
  }
}

/** Scores move with the browser build, so the results name it ("Chromium 156.0.8078.129 built on …"). */
function chromeVersion(): string {
  try {
    return execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/ built on .*/, '');
  } catch {
    return 'chromium (version unknown)';
  }
}

function median(scores: Score[]): Score {
  const sorted = [...scores].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const server = await startServer({ cpus: SERVER_CPUS });
try {
  const cookie = await signUp(server.url, 'Bench Owner');
  const boardUrl = `${server.url}/b/${await createCafeBoard(server.url, cookie)}`;
  const rows: string[] = [];
  for (const desktop of [false, true]) {
    const runs: Score[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(boardUrl, cookie, desktop));
    const m = median(runs);
    const target = desktop ? '≥ 95' : '≥ 90';
    rows.push(
      `| ${desktop ? 'desktop' : 'mobile (simulated Moto G, 4× CPU slowdown)'} | ${m.performance} (runs: ${runs.map((r) => r.performance).join(', ')}) | ${Math.round(m.tbtMs)} ms | ${Math.round(m.lcpMs)} ms | ${Math.round(m.fcpMs)} ms | ${target} |`,
    );
  }
  const load = os.loadavg().map((n) => n.toFixed(1)).join(' / ');
  const section = [
    '## Lighthouse',
    '',
    `Run ${new Date().toISOString()} on ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, Debian ${chromeVersion()} (\`--headless --no-sandbox --disable-gpu\`), lighthouse 12, loopback (\`npm run bench:lighthouse\`).`,
    `Page: the board page of a café-template board (two scripts, 7 + 3 filled steps), signed in as its owner. Median of ${RUNS} runs${SERVER_CPUS ? `, the server pinned to core ${SERVER_CPUS} (\`taskset\`), Chromium on any core` : ''}. Load average at the end (1/5/15 min): ${load}: other work shares this machine, so scores are noisy.`,
    '',
    'Earlier sets, build by build, are under "Lighthouse: how the board page got here" below (written by hand; this run leaves it alone).',
    '',
    '| profile | performance | total blocking time | largest contentful paint | first contentful paint | target |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  writeSection(path.join(ROOT, 'bench/RESULTS.md'), section);
  process.stdout.write(section);
} finally {
  await server.stop();
}

/** Replaces (or appends) this benchmark's section, leaving the other sections alone. */
function writeSection(file: string, section: string) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n\n';
  const start = current.indexOf('## Lighthouse');
  if (start < 0) return fs.writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
  const next = current.indexOf('\n## ', start + 1);
  fs.writeFileSync(file, current.slice(0, start) + section + (next < 0 ? '' : `\n${current.slice(next + 1)}`));
}
