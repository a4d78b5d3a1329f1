import fs from 'node:fs';
import path from 'node:path';

/**
 * V8's explicit compile hint (Chrome 136+): a file that starts with this
 * comment has all its functions compiled while it streams in, on a
 * background thread. Without it every bundled module (a function in the
 * chunk) is compiled lazily, on the main thread, the first time it runs:
 * on the board page that was most of the long tasks a phone sees while
 * the page loads (React, the router, Yjs, the editor). Browsers without
 * the feature read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Adds the hint to every browser chunk of a production build; a chunk
 * that already has it is left alone, so running twice changes nothing.
 * Returns how many files it changed.
 */
export function addCompileHints(distDir: string): number {
  const chunks = path.join(distDir, 'static', 'chunks');
  if (!fs.existsSync(chunks)) throw new Error(`no browser chunks in ${chunks}: run \`next build\` first`);
  let changed = 0;
  for (const name of fs.readdirSync(chunks, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(chunks, name);
    if (!name.endsWith('.js') || !fs.statSync(file).isFile()) continue;
    const code = fs.readFileSync(file, 'utf8');
    if (code.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(file, COMPILE_HINT + code);
    changed++;
  }
  return changed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const distDir = path.resolve(import.meta.dirname, '..', process.env.NEXT_DIST_DIR || '.next');
  console.log(`compile hints: ${addCompileHints(distDir)} browser chunks marked for eager compilation`);
}
