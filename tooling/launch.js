/**
 * Runs a TypeScript entry point from a bundle: `node tooling/launch.js mocks/serve.ts [args…]`
 * (`npm run mock`, `npm start`).
 *
 * Loading through tsx costs about half a second of every start (tsx itself, then compiling or
 * reading back each module), which is a third of the mocks' cold start. So the entry is bundled
 * once by esbuild into `build/<entry path with dashes>.mjs` (our own modules inlined, packages
 * left to Node) and run by plain Node. Beside the bundle, `<bundle>.inputs.json` lists the files
 * it was built from; when any of them, or the lockfile, is newer than the bundle, it is built
 * again before it runs, so an edit is never served stale (./fresh-bundle.js).
 *
 * Plain JavaScript, not TypeScript: it is what runs before anything can be compiled.
 */
import path from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { isFresh, writeBundle } from './fresh-bundle.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// The bundles sit one folder below the root, as every source does: `new URL('../',
// import.meta.url)` in tooling/apis.ts still finds the root from a bundle.
const BUILD = path.join(ROOT, 'build');

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
  await writeBundle(bundle, output.contents, Object.keys(result.metafile.inputs));
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
  if (!(await isFresh(bundle))) await build(entry, bundle);
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
