import { spawnSync } from 'node:child_process';

/**
 * `npm run bench`: every benchmark in turn, each appending its numbers (with
 * machine and date) to bench/RESULTS.md. BENCH_ONLY=sync, =editor, =lighthouse or =proposals runs one.
 */
const suites = ['sync', 'editor', 'lighthouse', 'proposals'].filter((name) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY === name);
let failed = false;
for (const name of suites) {
  console.log(`\n=== bench:${name}`);
  const run = spawnSync('npm', ['run', `bench:${name}`], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`bench:${name} failed (exit ${run.status ?? run.signal})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
