/** `csghub <kind> upload`: a local file or directory into a repository, with a progress bar. */
import { renameSync, writeFileSync } from 'node:fs';
import { lstat, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type {
  CSGHub,
  UploadOptions,
  UploadProgress,
  UploadResult,
  UploadSource,
} from '../../src/csghub/index.js';
import { UsageError, type CliContext } from '../common.js';
import { byteBar, FileTally, formatBytes } from '../progress.js';
import { SINGULAR, type Kind } from './kinds.js';
import { ensureRepo } from './manage.js';

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
  const sizes = new Map(files.map((f) => [f.repoPath, f.size]));
  const bar = await byteBar();
  // Bytes done per file: an LFS file's as storage takes them, a regular one's once its commit
  // (which carries it) is made.
  const done = new FileTally();
  const track = (progress: UploadProgress) => {
    let status: string;
    switch (progress.phase) {
      case 'hashing':
        status = `hashing ${progress.path ?? ''} (${percent(progress.loaded, progress.total)})`;
        break;
      case 'uploading':
        // Each finished part is in `resume` by now: keep it, in case the run is cut short.
        if (resumeFile !== undefined && resume) saveResume(resumeFile, resume);
        done.set(progress.path ?? '', progress.loaded);
        status = `sending ${progress.path ?? ''}`;
        break;
      case 'committing':
        status = `committing (${String(progress.loaded)} of ${String(progress.total)} files committed)`;
        break;
      default:
        for (const p of progress.paths ?? []) done.set(p, sizes.get(p) ?? 0);
        status = `${String(progress.loaded)} of ${String(progress.total)} files committed`;
    }
    // Files the repository's .gitignore matches are not sent: once done, what was sent is all.
    bar?.update(done.sum, progress.phase === 'done' ? done.sum : total, status);
  };
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
      onProgress: track,
    });
  } finally {
    bar?.stop();
  }
  // Everything is committed: nothing is left to continue.
  if (resumeFile !== undefined) await rm(resumeFile, { force: true });
  if (context.flags().json) context.output.json(result);
  else {
    for (const p of result.ignored) {
      context.output.note(`${p}: not uploaded, the repository's .gitignore matches it`);
    }
    context.output.say(uploadSummary(result, sizes, `${SINGULAR[kind]} ${id}`, options.branch));
  }
}

const percent = (loaded: number, total: number) =>
  `${String(total > 0 ? Math.floor((100 * loaded) / total) : 100)}%`;
const counted = (n: number, one: string) => `${String(n)} ${one}${n === 1 ? '' : 's'}`;

/**
 * The one-line account of an upload: `committed 32 files (85.7 MB, 1 through LFS) to model
 * me/x on main in 1 commit`.
 */
export function uploadSummary(
  result: UploadResult,
  sizes: ReadonlyMap<string, number>,
  repo: string,
  branch = 'main',
): string {
  let bytes = 0;
  for (const p of result.committed) bytes += sizes.get(p) ?? 0;
  const lfs = result.lfs.length > 0 ? `, ${String(result.lfs.length)} through LFS` : '';
  return (
    `committed ${counted(result.committed.length, 'file')} (${formatBytes(bytes)}${lfs}) ` +
    `to ${repo} on ${branch} in ${counted(result.commits, 'commit')}`
  );
}
