/**
 * A digest of the files a build step reads, so the step can be skipped when none changed
 * (bundling the CSGHub spec takes about a second, the docs site several).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './apis.js';

/** Files read at once: enough to overlap the reads, few enough for any open-file limit. */
const BATCH = 64;

/** The files under `entries` (files or directories), sorted. */
async function listFiles(entries: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of entries) {
    if ((await stat(entry)).isDirectory()) {
      const found = await readdir(entry, { recursive: true, withFileTypes: true });
      files.push(...found.filter((f) => f.isFile()).map((f) => path.join(f.parentPath, f.name)));
    } else {
      files.push(entry);
    }
  }
  return files.sort();
}

async function inBatches<T>(files: string[], read: (file: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    results.push(...(await Promise.all(files.slice(i, i + BATCH).map(read))));
  }
  return results;
}

/** SHA-256 over the paths (relative to the repository) and contents of files and directories. */
export async function digestFiles(entries: string[]): Promise<string> {
  const files = await listFiles(entries);
  const contents = await inBatches(files, (file) => readFile(file));
  const hash = createHash('sha256');
  files.forEach((file, i) => {
    hash
      .update(path.relative(ROOT, file))
      .update('\0')
      .update(contents[i] ?? '')
      .update('\0');
  });
  return hash.digest('hex');
}

/**
 * A cheap stand-in for `digestFiles`: the same files' paths, sizes and modification times,
 * without reading them. Equal to a value recorded beside a digest, it says the digest still
 * holds; any edit, added or removed file changes it (a change it misses, a file rewritten
 * with the same size in the same millisecond, is not something an editor or git does).
 */
export async function fingerprintFiles(entries: string[]): Promise<string> {
  const files = await listFiles(entries);
  const stats = await inBatches(files, (file) => stat(file));
  const hash = createHash('sha256');
  files.forEach((file, i) => {
    const s = stats[i];
    hash.update(`${path.relative(ROOT, file)}\0${String(s?.size)}\0${String(s?.mtimeMs)}\0`);
  });
  return hash.digest('hex');
}
