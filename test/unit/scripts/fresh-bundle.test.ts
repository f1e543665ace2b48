/**
 * tooling/fresh-bundle.js, under `npm run mock`, `npm start` and the mock worker's bundle: a
 * bundle is fresh while none of its own inputs (not packages, not plugins' made-up modules) nor
 * the lockfile is newer than it, and is written with its input list.
 */
import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../tooling/apis.js';
import { isFresh, writeBundle } from '../../../tooling/fresh-bundle.js';

const DIR = path.join(ROOT, 'build', `fresh-bundle-test-${String(process.pid)}`);
const BUNDLE = path.join(DIR, 'bundle.mjs');
const INPUT = path.relative(ROOT, path.join(DIR, 'input.ts'));
const at = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe('tooling/fresh-bundle.js', () => {
  beforeAll(async () => {
    await mkdir(DIR, { recursive: true });
    await writeFile(path.join(ROOT, INPUT), 'export {};\n');
    await utimes(path.join(ROOT, INPUT), at(-60), at(-60));
  });
  afterAll(async () => {
    await rm(DIR, { recursive: true, force: true });
  });

  it('keeps the files it was built from, not packages or plugin modules', async () => {
    await writeBundle(BUNDLE, new TextEncoder().encode('// bundle\n'), [
      INPUT,
      'node_modules/yaml/dist/index.js',
      'lazy-faker:@faker-js/faker',
    ]);
    expect(await readFile(BUNDLE, 'utf8')).toBe('// bundle\n');
    expect(JSON.parse(await readFile(`${BUNDLE}.inputs.json`, 'utf8'))).toEqual([INPUT]);
    expect(await isFresh(BUNDLE)).toBe(true);
  });

  it('is stale once an input is newer, or gone, or without its input list', async () => {
    await utimes(path.join(ROOT, INPUT), at(60), at(60));
    expect(await isFresh(BUNDLE)).toBe(false);
    await utimes(path.join(ROOT, INPUT), at(-60), at(-60));
    expect(await isFresh(BUNDLE)).toBe(true);
    await rm(path.join(ROOT, INPUT));
    expect(await isFresh(BUNDLE)).toBe(false);
    await writeFile(path.join(ROOT, INPUT), 'export {};\n');
    await utimes(path.join(ROOT, INPUT), at(-60), at(-60));
    await rm(`${BUNDLE}.inputs.json`);
    expect(await isFresh(BUNDLE)).toBe(false);
    expect(await isFresh(path.join(DIR, 'missing.mjs'))).toBe(false);
  });
});
