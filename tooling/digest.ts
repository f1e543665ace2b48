/**
 * A digest of the files a build step reads, so the step can be skipped when none changed
 * (bundling the CSGHub spec takes about a second, the docs site several).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './apis.js';

/** SHA-256 over the paths (relative to the repository) and contents of files and directories. */
export async function digestFiles(entries: string[]): Promise<string> {
  const files: string[] = [];
  for (const entry of entries) {
    if ((await stat(entry)).isDirectory()) {
      const found = await readdir(entry, { recursive: true, withFileTypes: true });
      files.push(...found.filter((f) => f.isFile()).map((f) => path.join(f.parentPath, f.name)));
    } else {
      files.push(entry);
    }
  }
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash
      .update(path.relative(ROOT, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex');
}
