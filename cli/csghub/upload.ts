/** `csghub <kind> upload`: a local file or directory into a repository, with a progress bar. */
import { openAsBlob } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { CSGHub, UploadSource } from '../../src/csghub/index.js';
import { UsageError, type CliContext } from '../common.js';
import { progressBar } from './download.js';
import type { Kind } from './kinds.js';

export type WritableKind = Exclude<Kind, 'mcps'>;

interface LocalFile {
  file: string;
  repoPath: string;
  size: number;
}

/**
 * The regular files under `local` (itself, when it is one), each with its path in the
 * repository: `target` (or the file's name) for a file, `target/relative/path` for a directory.
 * Links are skipped, never followed, so nothing outside `local` is read.
 */
async function collect(local: string, target: string | undefined): Promise<LocalFile[]> {
  const found = await lstat(local).catch(() => undefined);
  if (!found) throw new UsageError(`no file or directory ${local}`);
  if (found.isFile()) {
    return [{ file: local, repoPath: target ?? path.basename(local), size: found.size }];
  }
  if (!found.isDirectory()) throw new UsageError(`${local} is not a file or a directory`);
  const prefix = target === undefined || target === '' ? '' : `${target.replace(/\/+$/, '')}/`;
  const files: LocalFile[] = [];
  const walk = async (dir: string, relative: string[]) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (relative.length === 0 && entry.name === '.git') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, [...relative, entry.name]);
      else if (entry.isFile()) {
        const { size } = await lstat(full);
        files.push({ file: full, repoPath: prefix + [...relative, entry.name].join('/'), size });
      }
    }
  };
  await walk(local, []);
  if (files.length === 0) throw new UsageError(`no files under ${local}`);
  return files;
}

/**
 * Uploads with `upload`: one preupload, LFS files sent to storage, then commits. Files are
 * opened as Blobs read from disk a slice at a time, so a large file never sits in memory.
 */
export async function upload(
  context: CliContext<CSGHub>,
  kind: WritableKind,
  id: string,
  local: string,
  target: string | undefined,
  options: { branch?: string; message?: string },
): Promise<void> {
  const files = await collect(local, target);
  const sources: UploadSource[] = [];
  for (const f of files) sources.push({ path: f.repoPath, content: await openAsBlob(f.file) });
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const sent = new Map<string, number>();
  const bar = await progressBar();
  let result;
  try {
    result = await (
      await context.client()
    )[kind].upload(id, sources, {
      ...context.requestOptions(),
      ...(options.branch && { branch: options.branch }),
      ...(options.message && { message: options.message }),
      onProgress: (progress) => {
        if (progress.phase !== 'uploading' || progress.path === undefined) return;
        sent.set(progress.path, progress.loaded);
        let loaded = 0;
        for (const n of sent.values()) loaded += n;
        bar?.update(loaded, total);
      },
    });
  } finally {
    bar?.stop();
  }
  if (context.flags().json) context.output.json(result);
  else {
    for (const p of result.committed) context.output.say(p);
    for (const p of result.ignored) context.output.say(`${p} (ignored by .gitignore)`);
  }
}
