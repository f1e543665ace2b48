/**
 * Runs a TypeScript entry point from a bundle: `node tooling/launch.js mocks/serve.ts [args…]`
 * (`npm run mock`, `npm start`).
 *
 * Loading through tsx costs about half a second of every start (tsx itself, then compiling or
 * reading back each module), which is a third of the mocks' cold start. So the entry is bundled
 * once by esbuild into `build/<entry path with dashes>.mjs` (our own modules inlined, packages
 * left to Node) and run by plain Node. Beside the bundle, `<bundle>.inputs.json` lists the files
 * it was built from; when any of them, or the lockfile, is newer than the bundle, it is built
 * again before it runs, so an edit is never served stale.
 *
 * Plain JavaScript, not TypeScript: it is what runs before anything can be compiled.
 */
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// The bundles sit one folder below the root, as every source does: `new URL('../',
// import.meta.url)` in tooling/apis.ts still finds the root from a bundle.
const BUILD = path.join(ROOT, 'build');

/** @param {string} file */
const mtime = (file) =>
  stat(file).then(
    (s) => s.mtimeMs,
    () => Number.POSITIVE_INFINITY,
  );

/**
 * Whether the bundle exists and nothing it was built from changed since.
 * @param {string} bundle
 */
async function fresh(bundle) {
  const built = await stat(bundle).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
  if (built === undefined) return false;
  /** @type {string[]} */
  let inputs;
  try {
    inputs = JSON.parse(await readFile(`${bundle}.inputs.json`, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs)) return false;
  const files = [...inputs, 'package-lock.json'].map((input) => path.join(ROOT, String(input)));
  // A deleted input counts as changed (its time is +∞).
  const times = await Promise.all(files.map(mtime));
  return times.every((time) => time <= built);
}

/**
 * Bundles `entry` (relative to the root) into `bundle`, with the list of its inputs.
 * @param {string} entry
 * @param {string} bundle
 */
async function build(entry, bundle) {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced no bundle for ${entry}`);
  const inputs = Object.keys(result.metafile.inputs);
  // Written aside, then renamed: another launch may be reading the bundle right now.
  const suffix = `.${String(process.pid)}.tmp`;
  await writeFile(`${bundle}${suffix}`, output.contents);
  await writeFile(`${bundle}.inputs.json${suffix}`, JSON.stringify(inputs));
  await rename(`${bundle}.inputs.json${suffix}`, `${bundle}.inputs.json`);
  await rename(`${bundle}${suffix}`, bundle);
}

/** @param {string | undefined} entry */
function bundleFor(entry) {
  if (!entry || !entry.endsWith('.ts') || path.isAbsolute(entry) || entry.includes('..')) {
    process.stderr.write(
      'usage: node tooling/launch.js <entry.ts under the root> [args…]\n' +
        '       node tooling/launch.js --prepare <entry.ts>…   (build what is stale, run nothing)\n',
    );
    process.exit(2);
  }
  return path.join(BUILD, `${entry.slice(0, -'.ts'.length).replaceAll(/[/\\]/g, '-')}.mjs`);
}

/** @param {string} entry */
async function ready(entry) {
  const bundle = bundleFor(entry);
  if (!(await fresh(bundle))) await build(entry, bundle);
  return bundle;
}

const [first, ...rest] = process.argv.slice(2);
if (first === '--prepare') {
  // `npm run build`: the bundles made ahead of time, so the first start after a clone is fast.
  for (const entry of rest) bundleFor(entry);
  await Promise.all(rest.map(ready));
} else {
  const bundle = await ready(first ?? '');
  // The entry reads its own arguments from process.argv, as if it had been run directly.
  process.argv = [process.argv[0] ?? process.execPath, bundle, ...rest];
  await import(pathToFileURL(bundle).href);
}
