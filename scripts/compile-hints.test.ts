import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT } from './compile-hints';

describe('addCompileHints', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('marks every browser chunk once and leaves other files alone', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'hints-'));
    dirs.push(dist);
    const chunks = path.join(dist, 'static', 'chunks');
    fs.mkdirSync(path.join(chunks, 'app'), { recursive: true });
    fs.writeFileSync(path.join(chunks, 'a.js'), 'push([1,(e)=>{}]);');
    fs.writeFileSync(path.join(chunks, 'app', 'b.js'), 'push([2,(e)=>{}]);');
    fs.writeFileSync(path.join(chunks, 'c.css'), 'body{}');

    expect(addCompileHints(dist)).toBe(2);
    expect(fs.readFileSync(path.join(chunks, 'a.js'), 'utf8')).toBe(`${COMPILE_HINT}push([1,(e)=>{}]);`);
    expect(fs.readFileSync(path.join(chunks, 'app', 'b.js'), 'utf8')).toBe(`${COMPILE_HINT}push([2,(e)=>{}]);`);
    expect(fs.readFileSync(path.join(chunks, 'c.css'), 'utf8')).toBe('body{}');
    // A second build step run changes nothing.
    expect(addCompileHints(dist)).toBe(0);
    expect(fs.readFileSync(path.join(chunks, 'a.js'), 'utf8').split(COMPILE_HINT)).toHaveLength(2);
  });

  it('says so when there is no build', () => {
    expect(() => addCompileHints(path.join(os.tmpdir(), 'no-such-build'))).toThrow(/run `next build` first/);
  });
});
