import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, bundleApi, loadApi } from './apis.js';
import { digestFiles, fingerprintFiles } from './digest.js';
import { replaceFile } from './files.js';

/**
 * Writes `build/specs/<api>.yaml`, the single-file spec the mocks and the docs read. Bundling
 * the CSGHub spec takes about a second, so it is skipped when no source file changed since the
 * last bundle (a digest of them is kept beside it). Reading the CSGHub spec's seven hundred
 * files for that digest takes a few hundred milliseconds of every mock start, so their sizes
 * and modification times are kept too: while those are the same, the files are not read.
 */
export async function writeBundledSpec(api: string): Promise<string> {
  const entry = await loadApi(api);
  const file = path.join(ROOT, 'build', 'specs', `${api}.yaml`);
  const digestFile = `${file}.sources`;
  const fingerprintFile = `${file}.stats`;
  // Everything the bundle is made from: the API's spec files and redocly.yaml.
  const inputs = [path.dirname(entry.root), path.join(ROOT, 'redocly.yaml')];
  const [previous, previousFingerprint, fingerprint, exists] = await Promise.all([
    readFile(digestFile, 'utf8').catch(() => undefined),
    readFile(fingerprintFile, 'utf8').catch(() => undefined),
    fingerprintFiles(inputs),
    stat(file).then(
      () => true,
      () => false,
    ),
  ]);
  if (exists && previous !== undefined && previousFingerprint === fingerprint) return file;
  const digest = await digestFiles(inputs);
  if (previous !== digest || !exists) {
    const { stringify } = await import('yaml');
    const text = stringify(await bundleApi(entry), { lineWidth: 0 });
    // A running mock keeps what it loaded; only rewrite when the text changed, so its
    // operation cache (keyed on this text) stays valid.
    if ((await readFile(file, 'utf8').catch(() => undefined)) !== text) {
      await replaceFile(file, text);
    }
    await replaceFile(digestFile, digest);
  }
  await replaceFile(fingerprintFile, fingerprint);
  return file;
}
