/**
 * What clients wrote to the mock's repositories, laid over the generated contents (./files.ts):
 * per repository and branch, files written (regular files in memory, LFS files as pointers to
 * objects) and paths deleted; per repository, the LFS objects it owns. LFS objects and multipart
 * parts live on disk in a temporary directory, streamed in and out, never held in memory; the
 * directory is removed by `close()`.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { constants, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { once } from 'node:events';
import { withFolders, type RepoEntry, type RepoKey } from './files.js';
import { HashPool } from './hash-pool.js';

/** The branch every generated repository has. */
export const DEFAULT_BRANCH = 'main';
/** Most bytes of regular files held in memory across all repositories. */
export const MAX_OVERLAY_BYTES = 512 * 1024 * 1024;

export type StoredFile =
  { type: 'file'; text: Buffer } | { type: 'lfs'; oid: string; size: number };

/** One change of a commit, already decoded. */
export interface Change {
  path: string;
  action: 'create' | 'update' | 'delete';
  file?: StoredFile | undefined;
}

/** A commit clients made, as the history of its branch keeps it. */
export interface CommitRecord {
  id: string;
  message: string;
  /** RFC 3339, to the second. */
  date: string;
  author: string;
  /** The paths it created, changed or deleted. */
  paths: string[];
}

interface RepoState {
  /** Per branch: path → what was written, or null where a generated file was deleted. */
  branches: Map<string, Map<string, StoredFile | null>>;
  /** Per branch: the commits clients made on it, oldest first (a new branch starts with its source's). */
  history: Map<string, CommitRecord[]>;
  /** LFS objects the repository owns (verified or committed), as the hub's LFS meta table. */
  objects: Set<string>;
}

export interface MultipartUpload {
  id: string;
  repo: string;
  oid: string;
  size: number;
  chunk: number;
  /** Parts stored whole, by number. A part being sent again is not here until it is stored. */
  parts: Map<number, { etag: string; size: number }>;
  /** Parts being received right now. */
  writing: Set<number>;
  /** Per part, how many times a PUT of it began: a read that spans a change sees it. */
  generation: Map<number, number>;
}

/**
 * The object's SHA-256, computed in part order while the parts arrive: each part is added as
 * soon as every part before it is stored, so the completion usually has nothing left to read.
 */
interface Assembly {
  /** The running hash's name in the pool. */
  stream: string;
  /** The next part to add (every part is stored at exactly its size, so parts 1 to next-1 are
   * the object's first (next-1)·chunk bytes). */
  next: number;
  /** The adding so far; never rejects. */
  chain: Promise<void>;
  /** A part already added changed, or adding failed: hash the whole object at completion. */
  broken: boolean;
}

/** A refusal of a write, in words close to the git server's. */
export class WriteError extends Error {}

const repoId = (key: RepoKey) => `${key.kind}/${key.namespace}/${key.name}`;

/** Which digests `spool` computes; the others come back as ''. @default both */
export interface SpoolDigests {
  sha256?: boolean | undefined;
  md5?: boolean | undefined;
}

/** Reads a stream to `file` on disk, hashing it; returns its size and digests. */
export async function spool(
  source: Readable | AsyncIterable<Buffer> | Iterable<Buffer>,
  file: string,
  digests: SpoolDigests = {},
): Promise<{ size: number; sha256: string; md5: string }> {
  const sha = digests.sha256 === false ? undefined : createHash('sha256');
  const md5 = digests.md5 === false ? undefined : createHash('md5');
  // A megabyte of buffer lets the disk write run beside the next network read.
  const out = createWriteStream(file, { highWaterMark: SPOOL_BUFFER_BYTES });
  let size = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      sha?.update(chunk);
      md5?.update(chunk);
      size += chunk.byteLength;
      if (!out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return { size, sha256: sha?.digest('hex') ?? '', md5: md5?.digest('hex') ?? '' };
}

const SPOOL_BUFFER_BYTES = 1024 * 1024;
/** Bytes of a part gathered per positional write. */
const WRITE_GATHER_BYTES = 1024 * 1024;

const POINTER =
  /^version https:\/\/git-lfs\.github\.com\/spec\/v1\noid sha256:([0-9a-f]{64})\nsize (\d+)\n?$/;

/** An LFS pointer's object, or undefined when the bytes are not a pointer. */
export function readPointer(bytes: Buffer): { oid: string; size: number } | undefined {
  if (bytes.byteLength > 200) return undefined;
  const match = POINTER.exec(bytes.toString('utf8'));
  return match ? { oid: match[1] ?? '', size: Number(match[2]) } : undefined;
}

/** Git's blob id of regular file bytes. */
export const gitBlobSha = (bytes: Buffer) =>
  createHash('sha1')
    .update(`blob ${String(bytes.byteLength)}\0`)
    .update(bytes)
    .digest('hex');

export class WriteStore {
  /** Who the commits clients make are by: the token's user. */
  constructor(readonly author = 'wanghh2000') {}

  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'csgkit-mock-lfs-'));
  /** Signs the presigned URLs and completion links; new each start. */
  readonly secret = randomBytes(32);
  readonly uploads = new Map<string, MultipartUpload>();
  /** PUTs storage accepted since the start or the last reset, so a test can count them. */
  readonly received = { objects: 0, parts: 0 };
  private repos = new Map<string, RepoState>();
  private overlayBytes = 0;
  /** Commits made since the start, so no two get the same id. */
  private commits = 0;
  private assemblies = new Map<string, Assembly>();
  private readonly hashes = new HashPool();
  /** A branch's entries, by the writes they were built from (see `entries`). */
  private laidOver = new WeakMap<
    ReadonlyMap<string, StoredFile | null>,
    { generated: readonly RepoEntry[]; entries: readonly RepoEntry[] }
  >();

  private repo(key: RepoKey): RepoState {
    const id = repoId(key);
    let state = this.repos.get(id);
    if (!state) {
      state = { branches: new Map(), objects: new Set(), history: new Map() };
      this.repos.set(id, state);
    }
    return state;
  }

  branchExists(key: RepoKey, branch: string): boolean {
    return branch === DEFAULT_BRANCH || Boolean(this.repos.get(repoId(key))?.branches.has(branch));
  }

  /**
   * The repository's entries on `ref`: the generated ones with the writes laid over them. A
   * branch's writes are replaced, never changed, by each commit, so the list is built once per
   * commit and answered again until the next.
   */
  entries(
    key: RepoKey,
    ref: string | undefined,
    generated: readonly RepoEntry[],
  ): readonly RepoEntry[] {
    const overlay = this.repos
      .get(repoId(key))
      ?.branches.get(ref === undefined || ref === '' ? DEFAULT_BRANCH : ref);
    if (!overlay || overlay.size === 0) return generated;
    const cached = this.laidOver.get(overlay);
    if (cached?.generated === generated) return cached.entries;
    const files = new Map<string, RepoEntry>();
    for (const entry of generated) if (entry.type !== 'dir') files.set(entry.path, entry);
    for (const [p, file] of overlay) {
      if (file === null) files.delete(p);
      else if (file.type === 'file') files.set(p, { type: 'file', path: p, text: file.text });
      else files.set(p, { type: 'lfs', path: p, size: file.size, seed: '', oid: file.oid });
    }
    const entries = withFolders(files.values());
    this.laidOver.set(overlay, { generated, entries });
    return entries;
  }

  /**
   * Applies a commit's changes to `branch` (created from `from` when it does not exist yet), all
   * or nothing. `create` of an existing path becomes `update`, as the hub's commit route does;
   * `strictCreate` refuses it instead (the single-file route).
   */
  commit(
    key: RepoKey,
    branch: string,
    changes: readonly Change[],
    generated: readonly RepoEntry[],
    options: {
      from?: string | undefined;
      strictCreate?: boolean;
      /** The commit's message. @default "Update <first path>" */
      message?: string | undefined;
    } = {},
  ): void {
    const state = this.repo(key);
    const base =
      state.branches.get(branch) ?? (options.from ? state.branches.get(options.from) : undefined);
    const overlay = new Map(base ?? []);
    const before = this.entries(key, state.branches.has(branch) ? branch : options.from, generated);
    const files = new Set(before.filter((e) => e.type !== 'dir').map((e) => e.path));
    const dirs = new Set(before.filter((e) => e.type === 'dir').map((e) => e.path));
    let added = 0;
    for (const change of changes) {
      const exists = files.has(change.path);
      if (change.action === 'create' && exists && options.strictCreate) {
        throw new WriteError('A file with this name already exists');
      }
      if (change.action !== 'create' && !exists) {
        throw new WriteError("A file with this name doesn't exist");
      }
      if (change.action === 'delete') {
        files.delete(change.path);
        overlay.set(change.path, null);
        continue;
      }
      if (dirs.has(change.path)) throw new WriteError('A directory with this name already exists');
      const parts = change.path.split('/');
      for (let i = 1; i < parts.length; i++) {
        if (files.has(parts.slice(0, i).join('/'))) {
          throw new WriteError('A file with this name already exists');
        }
        dirs.add(parts.slice(0, i).join('/'));
      }
      const file = change.file as StoredFile;
      files.add(change.path);
      overlay.set(change.path, file);
      if (file.type === 'file') added += file.text.byteLength;
    }
    if (this.overlayBytes + added > MAX_OVERLAY_BYTES) {
      throw new WriteError(
        `the mock is full: it holds at most ${String(MAX_OVERLAY_BYTES)} bytes of regular files; reset or restart it`,
      );
    }
    this.overlayBytes += added;
    const history = [
      ...(state.history.get(branch) ??
        (options.from !== undefined ? state.history.get(options.from) : undefined) ??
        []),
    ];
    const parent = history.at(-1)?.id ?? '';
    const given = options.message?.trim() ?? '';
    const message = given === '' ? `Update ${changes[0]?.path ?? ''}` : given;
    history.push({
      id: createHash('sha1')
        .update(`${repoId(key)}\n${branch}\n${parent}\n${message}\n${String(++this.commits)}`)
        .digest('hex'),
      message,
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      author: this.author,
      paths: changes.map((c) => c.path),
    });
    state.history.set(branch, history);
    state.branches.set(branch, overlay);
    for (const change of changes) {
      if (change.file?.type === 'lfs') state.objects.add(change.file.oid);
    }
  }

  /** The commits clients made on `ref` (main when empty), oldest first. */
  private commitsOn(key: RepoKey, ref: string | undefined): readonly CommitRecord[] {
    const branch = ref === undefined || ref === '' ? DEFAULT_BRANCH : ref;
    return this.repos.get(repoId(key))?.history.get(branch) ?? [];
  }

  /** The commits clients made on `ref` (main when empty), newest first. */
  history(key: RepoKey, ref: string | undefined): CommitRecord[] {
    return [...this.commitsOn(key, ref)].reverse();
  }

  /** The newest commit clients made on `ref`. */
  latest(key: RepoKey, ref: string | undefined): CommitRecord | undefined {
    return this.commitsOn(key, ref).at(-1);
  }

  /** The newest commit clients made on `ref` that wrote or deleted `path`. */
  lastWrite(key: RepoKey, ref: string | undefined, path: string): CommitRecord | undefined {
    return this.commitsOn(key, ref).findLast((c) => c.paths.includes(path));
  }

  /** Branches clients made (`new_branch`), besides main. */
  createdBranches(key: RepoKey): string[] {
    const state = this.repos.get(repoId(key));
    return [...(state?.branches.keys() ?? [])].filter((b) => b !== DEFAULT_BRANCH);
  }

  /** Where an object's bytes are on disk. */
  objectPath(oid: string): string {
    return path.join(this.dir, 'objects', oid);
  }

  /** The size of a stored object, or undefined when storage does not have it. */
  async objectSize(oid: string): Promise<number | undefined> {
    if (!/^[0-9a-f]{64}$/.test(oid)) return undefined;
    return stat(this.objectPath(oid)).then(
      (s) => s.size,
      () => undefined,
    );
  }

  /** Whether the repository owns the object (the hub would skip its upload). */
  owns(key: RepoKey, oid: string): boolean {
    return Boolean(this.repos.get(repoId(key))?.objects.has(oid));
  }

  /** Records the object as the repository's (LFS verify). */
  adopt(key: RepoKey, oid: string): void {
    this.repo(key).objects.add(oid);
  }

  /** A fresh path in the scratch area, for a body being received. */
  async scratch(): Promise<string> {
    await mkdir(path.join(this.dir, 'tmp'), { recursive: true });
    return path.join(this.dir, 'tmp', randomBytes(12).toString('hex'));
  }

  /** Moves a received file into object storage under its id. */
  async putObject(file: string, oid: string): Promise<void> {
    await mkdir(path.join(this.dir, 'objects'), { recursive: true });
    await rename(file, this.objectPath(oid));
  }

  /** Where a multipart upload's object is written, each part at its offset. */
  uploadPath(uploadId: string): string {
    return path.join(this.dir, 'uploads', uploadId, 'object');
  }

  async startParts(uploadId: string): Promise<void> {
    await mkdir(path.join(this.dir, 'uploads', uploadId), { recursive: true });
  }

  /**
   * Receives part `part` of `upload` into the object's file at the part's offset, never past its
   * end, and stores it when it has exactly `expected` bytes; resolves to its ETag (its MD5), or
   * to the number of bytes it had when that was not `expected` (it stopped reading at the first
   * byte too many). While it is received, the part counts as missing: its old bytes are gone.
   */
  async receivePart(
    upload: MultipartUpload,
    part: number,
    expected: number,
    body: AsyncIterable<Buffer>,
  ): Promise<{ etag: string } | { size: number }> {
    const assembly = this.assembly(upload);
    const generation = (upload.generation.get(part) ?? 0) + 1;
    upload.generation.set(part, generation);
    upload.parts.delete(part);
    upload.writing.add(part);
    // Already added to the object's hash: those bytes are about to change.
    if (part < assembly.next) assembly.broken = true;
    const start = (part - 1) * upload.chunk;
    const file = this.uploadPath(upload.id);
    const out = await open(file, constants.O_RDWR | constants.O_CREAT);
    let size = 0;
    try {
      let pending: Buffer[] = [];
      let gathered = 0;
      const flush = async () => {
        if (gathered === 0) return;
        await out.writev(pending, start + size - gathered);
        pending = [];
        gathered = 0;
      };
      for await (const chunk of body) {
        if (size + chunk.byteLength > expected) {
          await flush();
          return { size: size + chunk.byteLength };
        }
        pending.push(chunk);
        gathered += chunk.byteLength;
        size += chunk.byteLength;
        if (gathered >= WRITE_GATHER_BYTES) await flush();
      }
      await flush();
    } finally {
      await out.close();
      upload.writing.delete(part);
    }
    if (size !== expected) return { size };
    const etag = `"${await this.hashes.digest('md5', file, start, size)}"`;
    // Sent again meanwhile: that PUT decides what the part is.
    if (upload.generation.get(part) !== generation) return { etag };
    upload.parts.set(part, { etag, size });
    this.addInOrder(upload, assembly);
    return { etag };
  }

  private assembly(upload: MultipartUpload): Assembly {
    let assembly = this.assemblies.get(upload.id);
    if (!assembly) {
      assembly = {
        stream: `${upload.id}:${randomBytes(6).toString('hex')}`,
        next: 1,
        chain: Promise.resolve(),
        broken: false,
      };
      this.assemblies.set(upload.id, assembly);
    }
    return assembly;
  }

  /** Adds to the object's hash every stored part that now follows the ones added. */
  private addInOrder(upload: MultipartUpload, a: Assembly): void {
    const file = this.uploadPath(upload.id);
    a.chain = a.chain
      .then(async () => {
        while (!a.broken && upload.parts.has(a.next) && !upload.writing.has(a.next)) {
          const part = a.next;
          const generation = upload.generation.get(part);
          const size = upload.parts.get(part)?.size ?? 0;
          await this.hashes.update(a.stream, file, (part - 1) * upload.chunk, size);
          // Sent again while it was read: what was hashed may be a mix of both.
          if (upload.generation.get(part) !== generation) a.broken = true;
          else a.next++;
        }
      })
      .catch(() => {
        a.broken = true;
      });
  }

  /** Makes the upload's object from its parts, checking its size and SHA-256 against its id. */
  async assemble(upload: MultipartUpload): Promise<void> {
    const count = upload.parts.size;
    const a = this.assembly(upload);
    this.assemblies.delete(upload.id);
    await a.chain;
    const file = this.uploadPath(upload.id);
    const whole =
      !a.broken && a.next === count + 1 ? await this.hashes.finish(a.stream) : undefined;
    if (whole === undefined) await this.hashes.drop(a.stream);
    const size = (await stat(file).catch(() => undefined))?.size ?? 0;
    const sha256 =
      whole ?? (size === upload.size ? await this.hashes.digest('sha256', file, 0, size) : '');
    if (size !== upload.size || sha256 !== upload.oid) {
      throw new WriteError(
        `the parts make ${String(size)} bytes with SHA-256 ${sha256 || '(not computed)'}, not the object's ${String(upload.size)} bytes ${upload.oid}`,
      );
    }
    await this.putObject(file, upload.oid);
    await rm(path.join(this.dir, 'uploads', upload.id), { recursive: true, force: true });
    this.uploads.delete(upload.id);
  }

  /** An HMAC of `text` with this run's secret, hex. */
  sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('hex');
  }

  verify(text: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(text));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** A summary for `GET /__state`: written paths per repository and branch, no bytes. */
  summary(): unknown {
    const repos: Record<string, unknown> = {};
    for (const [id, state] of this.repos) {
      const branches: Record<string, unknown> = {};
      for (const [branch, overlay] of state.branches) {
        branches[branch] = [...overlay].map(([p, file]) =>
          file === null
            ? { path: p, deleted: true }
            : file.type === 'file'
              ? { path: p, size: file.text.byteLength }
              : { path: p, size: file.size, lfs: file.oid },
        );
      }
      repos[id] = { branches, lfsObjects: state.objects.size };
    }
    return {
      repositories: repos,
      multipartUploads: this.uploads.size,
      storagePuts: { ...this.received },
    };
  }

  /** Forgets what was written to one repository (its LFS objects stay stored for others). */
  forget(key: RepoKey): void {
    const state = this.repos.get(repoId(key));
    if (!state) return;
    // Branches share the files they were copied with: each counts once.
    const files = new Set<StoredFile>();
    for (const overlay of state.branches.values()) {
      for (const file of overlay.values()) if (file?.type === 'file') files.add(file);
    }
    let held = 0;
    for (const file of files) if (file.type === 'file') held += file.text.byteLength;
    this.overlayBytes = Math.max(0, this.overlayBytes - held);
    this.repos.delete(repoId(key));
  }

  /** Forgets every write and deletes every stored object. */
  reset(): void {
    this.repos.clear();
    this.uploads.clear();
    this.assemblies.clear();
    this.overlayBytes = 0;
    this.received.objects = 0;
    this.received.parts = 0;
    // The writers make the folders they need again (mkdir -p).
    rmSync(this.dir, { recursive: true, force: true });
  }

  close(): void {
    void this.hashes.close();
    this.repos.clear();
    this.uploads.clear();
    this.assemblies.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
