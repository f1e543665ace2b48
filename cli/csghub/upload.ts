/** `csghub <kind> upload`: a local file or directory into a repository, with a progress bar. */
import { renameSync, writeFileSync } from 'node:fs';
import { lstat, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CSGHub, UploadOptions, UploadSource } from '../../src/csghub/index.js';
import { UsageError, type CliContext } from '../common.js';
import { progressBar } from './download.js';
import { ensureRepo } from './manage.js';
import type { Kind } from './kinds.js';

export type WritableKind = Exclude<Kind, 'mcps'>;

export interface UploadFlags {
  branch?: string;
  message?: string;
  resume?: string;
  /** Create the repository private when it is missing. */
  private?: boolean;
  /** `false` (`--no-create`): fail instead of creating a missing repository. */
  create?: boolean;
}

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

type ResumeState = NonNullable<UploadOptions['resume']>;

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/** The progress saved in a `--resume` file; none when it does not exist yet. */
async function readResume(file: string): Promise<ResumeState> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  });
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not an upload progress file (not JSON)`);
  }
  const state: ResumeState = {};
  const entries = typeof parsed === 'object' && parsed !== null ? Object.entries(parsed) : [];
  for (const [oid, value] of entries) {
    const v = value as Record<string, unknown>;
    if (
      !/^[0-9a-f]{64}$/.test(oid) ||
      typeof v['uploadId'] !== 'string' ||
      typeof v['chunkSize'] !== 'number' ||
      !isStringRecord(v['etags'])
    ) {
      throw new UsageError(`${file} is not an upload progress file`);
    }
    state[oid] = { uploadId: v['uploadId'], chunkSize: v['chunkSize'], etags: v['etags'] };
  }
  return state;
}

/** Writes the progress whole (a temporary file renamed over it), so a kill never leaves half. */
function saveResume(file: string, state: ResumeState): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, file);
}

/**
 * Uploads with `upload`: one preupload, LFS files sent to storage, then commits. Files are
 * opened as Blobs read from disk a slice at a time, so a large file never sits in memory. A
 * missing repository is created first, unless `create` is false.
 */
export async function upload(
  context: CliContext<CSGHub>,
  kind: WritableKind,
  id: string,
  local: string,
  target: string | undefined,
  options: UploadFlags,
): Promise<void> {
  // Everything local is checked before the hub is asked anything.
  const files = await collect(local, target);
  const resumeFile = options.resume;
  const resume = resumeFile === undefined ? undefined : await readResume(resumeFile);
  if (options.create !== false) await ensureRepo(context, kind, id, options);
  const sources: UploadSource[] = [];
  // A FileBlob: nodeFetch sends it, and nodeSha256 hashes it, reading straight from the file.
  const { openFile } = await import('../../node/file.js');
  for (const f of files) sources.push({ path: f.repoPath, content: await openFile(f.file) });
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const sent = new Map<string, number>();
  const bar = await progressBar();
  const { nodeSha256 } = await import('../../node/sha256.js');
  let result;
  try {
    result = await (
      await context.client()
    )[kind].upload(id, sources, {
      ...context.requestOptions(),
      ...(options.branch && { branch: options.branch }),
      ...(options.message && { message: options.message }),
      ...(resume && { resume }),
      sha256: nodeSha256,
      onProgress: (progress) => {
        if (progress.phase !== 'uploading' || progress.path === undefined) return;
        // Each finished part is in `resume` by now: keep it, in case the run is cut short.
        if (resumeFile !== undefined && resume) saveResume(resumeFile, resume);
        sent.set(progress.path, progress.loaded);
        let loaded = 0;
        for (const n of sent.values()) loaded += n;
        bar?.update(loaded, total);
      },
    });
  } finally {
    bar?.stop();
  }
  // Everything is committed: nothing is left to continue.
  if (resumeFile !== undefined) await rm(resumeFile, { force: true });
  if (context.flags().json) context.output.json(result);
  else {
    for (const p of result.committed) context.output.say(p);
    for (const p of result.ignored) context.output.say(`${p} (ignored by .gitignore)`);
  }
}
