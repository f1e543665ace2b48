/**
 * tooling/launch.js, which runs `npm run mock` and `npm start` from a bundle: it builds the bundle
 * when there is none, reuses it while nothing it was built from changed, builds it again when an
 * input changed, and passes the arguments through. The entry lives under build/ (ignored by git),
 * so the test never touches a checked-in file.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../tooling/apis.js';

const DIR = path.join(ROOT, 'build', `launch-test-${String(process.pid)}`);
const ENTRY = path.relative(ROOT, path.join(DIR, 'entry.ts'));
const BUNDLE = path.join(ROOT, 'build', `${ENTRY.slice(0, -3).replaceAll('/', '-')}.mjs`);

const launch = (...args: string[]) =>
  execFileSync(process.execPath, ['tooling/launch.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // Its usage line goes into the thrown error, not onto the test's output.
    stdio: ['ignore', 'pipe', 'pipe'],
  });

async function writeSources(word: string) {
  await writeFile(path.join(DIR, 'word.ts'), `export const word: string = '${word}';\n`);
  await writeFile(
    path.join(DIR, 'entry.ts'),
    [
      "import { word } from './word.js';",
      'console.log(JSON.stringify({ word, args: process.argv.slice(2), url: import.meta.url }));',
      '',
    ].join('\n'),
  );
}

const builtAt = async () => (await stat(BUNDLE)).mtimeMs;

describe('tooling/launch.js', () => {
  beforeAll(async () => {
    await mkdir(DIR, { recursive: true });
    await writeSources('first');
  });
  afterAll(async () => {
    await rm(DIR, { recursive: true, force: true });
    await rm(BUNDLE, { force: true });
    await rm(`${BUNDLE}.inputs.json`, { force: true });
  });

  it('bundles the entry on first use and runs it with its own arguments', () => {
    const out = JSON.parse(launch(ENTRY, '--port', '4010', 'x y')) as Record<string, unknown>;
    expect(out).toEqual({
      word: 'first',
      args: ['--port', '4010', 'x y'],
      url: `file://${BUNDLE}`,
    });
  });

  it('reuses the bundle while its inputs are unchanged', async () => {
    const before = await builtAt();
    expect(JSON.parse(launch(ENTRY))).toMatchObject({ word: 'first', args: [] });
    expect(await builtAt()).toBe(before);
  });

  it('builds again when a module the entry imports changed', async () => {
    await writeSources('second');
    // Newer than the bundle beyond any file-system time granularity.
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(DIR, 'word.ts'), later, later);
    expect(JSON.parse(launch(ENTRY))).toMatchObject({ word: 'second' });
  });

  it('--prepare builds a stale bundle without running it', async () => {
    await rm(BUNDLE);
    expect(launch('--prepare', ENTRY)).toBe('');
    expect(await builtAt()).toBeGreaterThan(0);
    expect(JSON.parse(launch(ENTRY))).toMatchObject({ word: 'second' });
  });

  it('refuses an entry outside the root or not TypeScript', () => {
    for (const bad of ['../x.ts', '/etc/passwd.ts', 'mocks/serve.js']) {
      expect(() => launch(bad)).toThrow(/usage: node tooling\/launch\.js/);
    }
  });
});
