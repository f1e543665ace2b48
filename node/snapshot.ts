/**
 * Whole-repository downloads (`snapshotDownload`): every file of a revision, or those the
 * patterns select, written under one folder, several at a time, each checked and resumable.
 */
import { createHash, type Hash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type {
  CSGHub,
  DownloadOptions,
  FileDownload,
  RepoFile,
  RepoId,
  RequestOptions,
} from '../src/csghub/index.js';
import { compileGlob, selectPath } from './glob.js';
import { localPathOf, PARTIAL_SUFFIX, UnsafePathError } from './safe-path.js';

/** The repository kinds, as the client names their resources. */
export type SnapshotRepoKind = 'models' | 'datasets' | 'codes' | 'spaces' | 'mcps';

export interface SnapshotOptions {
  /** The folder the files go to (created if missing); nothing is written outside it. */
  localDir: string;
  /** @default 'models' */
  kind?: SnapshotRepoKind | undefined;
  /** Branch, tag or commit. @default 'main' */
  ref?: string | undefined;
  /** Only these repository paths (each must be in the revision). */
  files?: readonly string[] | undefined;
  /** Glob patterns a path must match one of (`*`, `?`, `**`; see `compileGlob`). */
  include?: readonly string[] | undefined;
  /** Glob patterns a path must match none of. */
  exclude?: readonly string[] | undefined;
  /** Files fetched at once. @default 4 */
  concurrency?: number | undefined;
  /** Stops every request; unfinished files stay as `<file>.partial` for the next run. */
  signal?: AbortSignal | undefined;
  /** Told of each step, for a progress display. */
  onEvent?: ((event: SnapshotEvent) => void) | undefined;
  /** Timeouts and retries of each request. */
  requestOptions?: Omit<RequestOptions, 'signal'> | undefined;
}

export type SnapshotEvent =
  | { type: 'listed'; files: number; bytes: number | undefined }
  | { type: 'start'; path: string; size: number | undefined; resumeFrom: number }
  | { type: 'progress'; path: string; loaded: number; size: number | undefined }
  | { type: 'downloaded'; path: string; bytes: number; size: number }
  | { type: 'skipped'; path: string; reason: string; size: number }
  | { type: 'failed'; path: string; reason: string };

export interface SnapshotFile {
  /** Repository path. */
  path: string;
  /** Where it is on disk. */
  localPath: string;
  /** Size of the file in bytes. */
  size: number;
  /** Bytes fetched for it in this run (less than `size` when resumed). */
  fetched: number;
}

export interface SnapshotResult {
  localDir: string;
  /** The revision listing's `sha`: a commit id for models, the branch name for other kinds. */
  revision: string | undefined;
  downloaded: SnapshotFile[];
  skipped: { path: string; localPath: string; reason: string }[];
  failed: { path: string; reason: string }[];
  /** Bytes fetched over the network in this run. */
  bytesFetched: number;
}

/** What a listing says of one file, checked: anything malformed is left out. */
interface Expected {
  size: number | undefined;
  /** SHA-256 of the content, for an LFS file. */
  sha256: string | undefined;
  /** Git blob id of the content, for a file kept in git. */
  blobId: string | undefined;
}

interface Planned {
  path: string;
  expected: Expected;
}

/** What the resources of each kind offer; every kind's resource has these. */
interface SnapshotRepos {
  getRevision(
    id: RepoId,
    params: { ref?: string | undefined; blobs?: boolean | undefined },
    options: RequestOptions,
  ): PromiseLike<{ sha?: string | undefined; siblings?: unknown }>;
  getFile(
    id: RepoId,
    path: string,
    params: { ref?: string | undefined },
    options: RequestOptions,
  ): PromiseLike<RepoFile>;
  download(id: RepoId, path: string, options: DownloadOptions): Promise<FileDownload>;
}

const SHA256 = /^[0-9a-f]{64}$/u;
const BLOB_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u;
const HASH_CHUNK = 1024 * 1024;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const sizeOf = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
const matching = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value) ? value : undefined;

/** The checked metadata of one listing entry. */
function expectedOf(entry: Record<string, unknown>): Expected {
  const lfs = isRecord(entry['lfs']) ? entry['lfs'] : undefined;
  const sha256 = lfs ? matching(lfs['sha256'], SHA256) : undefined;
  return {
    size: sizeOf(lfs ? lfs['size'] : entry['size']) ?? sizeOf(entry['size']),
    sha256,
    blobId: sha256 ? undefined : matching(entry['blobId'], BLOB_ID),
  };
}

/** A git blob id of `size` bytes, fed as they come (`git hash-object`). */
function blobHasher(blobId: string, size: number): Hash {
  const hash = createHash(blobId.length === 64 ? 'sha256' : 'sha1');
  return hash.update(`blob ${String(size)}\0`);
}

/** Hashes a file's bytes `[0, end)` into the given hashes, read in 1 MiB chunks. */
async function hashFile(
  file: string,
  hashes: Hash[],
  signal: AbortSignal | undefined,
  end?: number,
): Promise<void> {
  if (end === 0) return;
  const stream = createReadStream(file, {
    highWaterMark: HASH_CHUNK,
    ...(signal ? { signal } : {}),
    ...(end === undefined ? {} : { end: end - 1 }),
  });
  for await (const chunk of stream) for (const hash of hashes) hash.update(chunk as Buffer);
}

/** Whether the file on disk is the one expected (size, then SHA-256 or the git blob id). */
async function upToDate(
  file: string,
  size: number,
  expected: Expected,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  if (expected.size === undefined || size !== expected.size) return false;
  if (expected.sha256) {
    const hash = createHash('sha256');
    await hashFile(file, [hash], signal);
    return hash.digest('hex') === expected.sha256;
  }
  if (expected.blobId) {
    const hash = blobHasher(expected.blobId, size);
    await hashFile(file, [hash], signal);
    return hash.digest('hex') === expected.blobId;
  }
  return false;
}

const lstatOf = (file: string) =>
  lstat(file).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  });

/**
 * Creates the folders between `root` and `target` one level at a time, refusing any that is a
 * symbolic link or not a folder, so nothing is written through a link planted inside `root`.
 */
async function makeParents(
  root: string,
  target: string,
  name: string,
  checked: Set<string>,
): Promise<void> {
  const levels = path.relative(root, path.dirname(target)).split(path.sep).filter(Boolean);
  let at = root;
  for (const level of levels) {
    at = path.join(at, level);
    if (checked.has(at)) continue;
    const stats = await lstatOf(at);
    if (!stats) {
      await mkdir(at).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      });
      const made = await lstat(at);
      if (!made.isDirectory() || made.isSymbolicLink()) {
        throw new UnsafePathError(name, `${at} is not a folder`);
      }
    } else if (stats.isSymbolicLink()) {
      throw new UnsafePathError(name, `${at} is a symbolic link`);
    } else if (!stats.isDirectory()) {
      throw new UnsafePathError(name, `${at} is not a folder`);
    }
    checked.add(at);
  }
}

/** A file's failure that leaves nothing final behind. */
class FileFailure extends Error {}

/**
 * Downloads a repository revision into `localDir`, like the Python SDK's `snapshot_download`:
 * every file of the revision (or those `files`, `include` and `exclude` select), `concurrency`
 * at a time, each streamed to `<file>.partial` and renamed once checked.
 *
 * - **Checked**: an LFS file's size and SHA-256 against its pointer; a git file's size (from
 *   the answer and the listing) and, when the listing gives one (models), its git blob id. A
 *   mismatch deletes the partial file and fails that file; no final file is left.
 * - **Resumed**: an LFS file's `.partial` is continued with a range request; storage answering
 *   200 instead starts it over. Git files are fetched whole.
 * - **Skipped**: a file already there with the expected size and SHA-256 (LFS) or git blob id.
 *   Where the listing names files only (kinds other than models), those are read from the file's
 *   details (`getFile`), and only for files already on disk.
 * - **Safe**: server-chosen paths are checked (`repoPathProblem`); no folder or file inside
 *   `localDir` is followed if it is a symbolic link.
 *
 * Resolves with what was downloaded, skipped and failed (with reasons); rejects only when the
 * listing fails or `signal` aborts (partial files stay for the next run).
 */
export async function snapshotDownload(
  client: CSGHub,
  id: RepoId,
  options: SnapshotOptions,
): Promise<SnapshotResult> {
  const kind = options.kind ?? 'models';
  const repos: SnapshotRepos = client[kind];
  const ref = options.ref ?? 'main';
  const signal = options.signal;
  const request: RequestOptions = { ...options.requestOptions, signal };
  const emit = options.onEvent ?? (() => undefined);
  const root = path.resolve(options.localDir);
  const include = (options.include ?? []).map(compileGlob);
  const exclude = (options.exclude ?? []).map(compileGlob);
  const concurrency = Math.max(1, Math.min(64, Math.floor(options.concurrency ?? 4)));

  const listing = await repos.getRevision(id, { ref, blobs: true }, request);
  const result: SnapshotResult = {
    localDir: root,
    revision: typeof listing.sha === 'string' ? listing.sha : undefined,
    downloaded: [],
    skipped: [],
    failed: [],
    bytesFetched: 0,
  };
  const fail = (file: string, reason: string) => {
    result.failed.push({ path: file, reason });
    emit({ type: 'failed', path: file, reason });
  };

  const siblings = Array.isArray(listing.siblings) ? (listing.siblings as unknown[]) : [];
  const listed = new Map<string, Expected>();
  for (const entry of siblings) {
    const name = isRecord(entry) ? entry['rfilename'] : undefined;
    if (typeof name !== 'string') {
      fail(String(name), 'the listing has an entry without a file name');
    } else if (!listed.has(name)) {
      listed.set(name, expectedOf(entry as Record<string, unknown>));
    }
  }
  const wanted = options.files ? [...new Set(options.files)] : [...listed.keys()];
  const plan: Planned[] = [];
  for (const name of wanted) {
    const expected = listed.get(name);
    if (!expected) fail(name, `not in revision ${ref}`);
    else if (selectPath(name, include, exclude)) plan.push({ path: name, expected });
  }
  const sizes = plan.map((file) => file.expected.size);
  emit({
    type: 'listed',
    files: plan.length,
    bytes: sizes.every((size) => size !== undefined) ? sizes.reduce((a, b) => a + b, 0) : undefined,
  });

  await mkdir(root, { recursive: true });
  let aborted: unknown;
  const queue = plan.values();
  const worker = async () => {
    for (const file of queue) {
      if (signal?.aborted) break;
      try {
        await fetchFile(file);
      } catch (error) {
        if (signal?.aborted) {
          aborted ??= signal.reason ?? error;
          break;
        }
        fail(file.path, error instanceof Error ? error.message : String(error));
      }
    }
  };

  /** Folders checked (or made) on the way to a file in this run: each is looked at once. */
  const checkedFolders = new Set<string>();
  const listings = new Map<string, Promise<Set<string> | undefined>>();
  /** The names in `folder` when this run first looked; undefined when it could not list it. */
  const namesIn = (folder: string) => {
    let names = listings.get(folder);
    if (!names) {
      names = readdir(folder).then(
        (entries) => new Set(entries),
        () => undefined,
      );
      listings.set(folder, names);
    }
    return names;
  };

  async function fetchFile(file: Planned): Promise<void> {
    const target = localPathOf(root, file.path);
    await makeParents(root, target, file.path, checkedFolders);
    // Names the folder had when first looked at: most files of a fresh download are in none, and
    // need no look of their own (a look that finds nothing costs an error object each).
    const names = await namesIn(path.dirname(target));
    const partial = `${target}${PARTIAL_SUFFIX}`;
    const present = names?.has(path.basename(target)) === false ? undefined : await lstatOf(target);
    let expected = file.expected;
    if (present) {
      if (!present.isFile()) {
        const what = present.isSymbolicLink() ? 'a symbolic link' : 'not a regular file';
        throw new UnsafePathError(file.path, `${target} is ${what}`);
      }
      if (expected.size === undefined || (!expected.sha256 && !expected.blobId)) {
        expected = await detailsOf(file.path);
      }
      if (await upToDate(target, present.size, expected, signal)) {
        const reason = expected.sha256 ? 'same size and SHA-256' : 'same size and git blob id';
        result.skipped.push({ path: file.path, localPath: target, reason });
        emit({ type: 'skipped', path: file.path, reason, size: present.size });
        return;
      }
    }
    const stale = names?.has(path.basename(partial)) === false ? undefined : await lstatOf(partial);
    if (stale && !stale.isFile()) {
      throw new UnsafePathError(file.path, `${partial} is not a regular file`);
    }
    let offset = stale?.size ?? 0;
    if (expected.size !== undefined && offset > expected.size) {
      await rm(partial, { force: true });
      offset = 0;
    }
    const download = await repos.download(id, file.path, { ...request, ref, offset });
    const written = await writeChecked(file.path, partial, download, expected, download.offset);
    await rename(partial, target);
    const fetched = written - download.offset;
    result.downloaded.push({ path: file.path, localPath: target, size: written, fetched });
    emit({ type: 'downloaded', path: file.path, bytes: fetched, size: written });
  }

  /** A file's size and checksum from its details, for listings that name files only. */
  async function detailsOf(name: string): Promise<Expected> {
    const details = await repos.getFile(id, name, { ref }, request);
    const lfs = details.lfs;
    const sha256 = lfs ? matching(details.lfs_sha256, SHA256) : undefined;
    return {
      size: sizeOf(details.size),
      sha256,
      blobId: lfs ? undefined : matching(details.sha, BLOB_ID),
    };
  }

  /**
   * Streams the body after the `offset` bytes already in `partial`, hashing the whole file, and
   * checks it; on a mismatch the partial file is deleted.
   */
  async function writeChecked(
    name: string,
    partial: string,
    download: FileDownload,
    expected: Expected,
    offset: number,
  ): Promise<number> {
    const size = download.size ?? expected.size;
    const sha256 = download.sha256 ?? expected.sha256;
    if (download.sha256 && expected.sha256 && download.sha256 !== expected.sha256) {
      await download.body.cancel();
      throw new FileFailure(`the LFS pointer and the listing disagree on the SHA-256 of ${name}`);
    }
    const hashes: Hash[] = [];
    const contentHash = sha256 ? createHash('sha256') : undefined;
    if (contentHash) hashes.push(contentHash);
    const blobHash =
      !sha256 && expected.blobId && size !== undefined
        ? blobHasher(expected.blobId, size)
        : undefined;
    if (blobHash) hashes.push(blobHash);
    if (offset > 0) await hashFile(partial, hashes, signal, offset);
    emit({ type: 'start', path: name, size, resumeFrom: offset });
    const flags =
      constants.O_WRONLY |
      constants.O_CREAT |
      constants.O_NOFOLLOW |
      (offset > 0 ? constants.O_APPEND : constants.O_TRUNC);
    let handle: FileHandle | undefined;
    let written = offset;
    try {
      handle = await open(partial, flags, 0o644);
      const reader = download.body.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        const chunk = next.value;
        written += chunk.byteLength;
        if (size !== undefined && written > size) {
          await reader.cancel();
          throw new FileFailure(`the server sent more than the ${String(size)} bytes of ${name}`);
        }
        for (const hash of hashes) hash.update(chunk);
        await handle.write(chunk);
        result.bytesFetched += chunk.byteLength;
        emit({ type: 'progress', path: name, loaded: written, size });
      }
    } catch (error) {
      await handle?.close();
      handle = undefined;
      // A broken connection keeps what arrived for the next run; bad bytes do not stay.
      if (error instanceof FileFailure) await rm(partial, { force: true });
      throw error;
    } finally {
      await handle?.close();
    }
    const problem =
      size !== undefined && written !== size
        ? `got ${String(written)} of the ${String(size)} bytes of ${name}`
        : expected.size !== undefined && written !== expected.size
          ? `got ${String(written)} bytes of ${name}, the listing says ${String(expected.size)}`
          : contentHash && sha256 && contentHash.digest('hex') !== sha256
            ? `SHA-256 of ${name} does not match its LFS pointer (${sha256})`
            : blobHash && expected.blobId && blobHash.digest('hex') !== expected.blobId
              ? `git blob id of ${name} does not match the listing (${expected.blobId})`
              : undefined;
    if (problem) {
      await rm(partial, { force: true });
      throw new FileFailure(problem);
    }
    return written;
  }

  await Promise.all(Array.from({ length: Math.min(concurrency, plan.length) }, worker));
  if (aborted !== undefined || signal?.aborted) throw aborted ?? signal?.reason;
  return result;
}
