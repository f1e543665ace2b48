/**
 * Bundles kept fresh by their inputs: beside `<bundle>` lies `<bundle>.inputs.json`, the files
 * (relative to the root) esbuild read to build it, packages (the lockfile stands for them) and
 * plugins' made-up modules left out. A bundle is fresh while it exists and none of those files, nor the lockfile, is newer
 * than it. Used by tooling/launch.js (`npm run mock`, `npm start`) and by the mock worker's
 * bundle (mocks/bundle.ts).
 *
 * Plain JavaScript (typed by fresh-bundle.d.ts): launch.js runs it before anything is compiled.
 */
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** @param {string} file */
const mtime = (file) =>
  stat(file).then(
    (s) => s.mtimeMs,
    () => Number.POSITIVE_INFINITY,
  );

/**
 * Whether `bundle` exists and nothing it was built from changed since.
 * @param {string} bundle
 * @returns {Promise<boolean>}
 */
export async function isFresh(bundle) {
  const built = await stat(bundle).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
  if (built === undefined) return false;
  /** @type {unknown} */
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
 * Writes `contents` to `bundle` and the list of its inputs (esbuild's `metafile.inputs` keys,
 * relative to the root) beside it; each written aside, then renamed, as another process may be
 * reading the bundle right now.
 * @param {string} bundle
 * @param {Uint8Array} contents
 * @param {string[]} inputs
 */
export async function writeBundle(bundle, contents, inputs) {
  // Files only: not packages, nor a plugin's made-up modules (`<namespace>:<path>`).
  const own = inputs.filter(
    (input) => !/^[\w-]+:/.test(input) && !input.split(/[/\\]/).includes('node_modules'),
  );
  const suffix = `.${String(process.pid)}.tmp`;
  await writeFile(`${bundle}${suffix}`, contents);
  await writeFile(`${bundle}.inputs.json${suffix}`, JSON.stringify(own));
  await rename(`${bundle}.inputs.json${suffix}`, `${bundle}.inputs.json`);
  await rename(`${bundle}${suffix}`, bundle);
}
