import type {
  LfsBatchParams,
  LfsBatchResult,
  LfsCompleteMultipartParams,
  LfsLink,
  RepoCommitParams,
  RepoPreuploadParams,
  RepoPreuploadResult,
} from '../../generated/csghub.types.js';
import {
  APIError,
  APIUserAbortError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
} from '../core/errors.js';
import type { RequestOptions } from '../core/options.js';
import { Sha256 } from '../internal/sha256.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readText } from '../internal/read-text.js';
import type { BodyHandoff, Operation, Transport } from '../internal/transport.js';
import { isHttp, parseUrl } from '../internal/url.js';

/** A file's bytes: a `Blob` (in Node, `fs.openAsBlob(path)` reads from disk as needed), bytes, or a stream. */
export type UploadContent = Blob | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;

/** One file to upload and where it goes in the repository. */
export interface UploadSource {
  /** Path in the repository; `/` separates directories. */
  path: string;
  content: UploadContent;
}

/** Where an upload stands; one event per change. */
export interface UploadProgress {
  /**
   * `hashing` reads an LFS file for its SHA-256, `uploading` sends its bytes to storage,
   * `committing` sends a commit (regular files travel inside it), `committed` says it is made.
   */
  phase: 'hashing' | 'uploading' | 'committing' | 'committed' | 'done';
  /** The file concerned (`hashing`, `uploading`), or `undefined` for a whole commit. */
  path: string | undefined;
  /** Bytes of that file done so far, or files committed so far for the other phases. */
  loaded: number;
  /** The file's size in bytes, or the number of files to commit for the other phases. */
  total: number;
  /** `committed` only: the paths that commit carried. */
  paths?: readonly string[] | undefined;
}

export interface UploadOptions extends RequestOptions {
  /** Branch to commit to. @default 'main' */
  branch?: string | undefined;
  /** Commit message. @default 'Upload files' */
  message?: string | undefined;
  /** Multipart parts sent at once, per file. @default 4 */
  concurrency?: number | undefined;
  /**
   * Largest stream read into memory (a stream cannot be read twice, and an LFS file is hashed
   * before it is sent; pass a `Blob` for anything larger), and largest file sent inline in a
   * commit when the service answers `regular` for it.
   * @default 67108864 (64 MiB)
   */
  maxStreamBytes?: number | undefined;
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /**
   * Computes an LFS file's SHA-256 (its object id) before it is sent. The default runs in
   * JavaScript anywhere; in Node, `nodeSha256` from `csgkit/node` hashes natively, several
   * times faster, and hashing is most of a large upload's time on a fast link.
   */
  sha256?: Sha256Reader | undefined;
  /**
   * Multipart uploads in progress, by object id (SHA-256): the upload fills it as parts finish
   * and empties an entry when its object is complete. Pass the same object (or its JSON read
   * back) to a later upload of the same files, e.g. after an abort, and the upload goes on
   * where it stopped: parts already sent are not sent again.
   */
  resume?:
    | Record<string, { uploadId: string; chunkSize: number; etags: Record<string, string> }>
    | undefined;
}

/**
 * Reads a Blob to the end and resolves to its SHA-256 as 64 lower-case hex digits, telling
 * `onBytes` the bytes read so far; stops with an error once `signal` is aborted.
 */
export type Sha256Reader = (
  blob: Blob,
  onBytes: (loaded: number) => void,
  signal?: AbortSignal,
) => Promise<string>;

/** What an upload did. */
export interface UploadResult {
  /** Paths committed, in order. */
  committed: string[];
  /** Paths the repository's `.gitignore` matches: not uploaded. */
  ignored: string[];
  /** Paths sent to LFS storage (their commits carry pointers). */
  lfs: string[];
  /** Number of commits made. */
  commits: number;
}

/** Most files of each kind in one commit, as the hub's Python SDK commits large folders. */
export const MAX_REGULAR_PER_COMMIT = 75;
export const MAX_LFS_PER_COMMIT = 150;
const DEFAULT_CONCURRENCY = 4;
const DEFAULT_MAX_STREAM_BYTES = 64 * 1024 * 1024;
const SAMPLE_BYTES = 512;

/** The operations an upload calls, for one repository kind. */
export interface UploadOperations {
  preupload: Operation;
  commitFiles: Operation;
  lfsBatch: Operation;
  verifyLfsObject: Operation;
}

/** A file as planned: its path, size and how the service wants it sent. */
export interface PlannedFile {
  path: string;
  size: number;
  mode: 'regular' | 'lfs';
}

/** One commit's files: at most 75 regular and at most 150 LFS ones. */
export interface CommitBatch {
  regular: PlannedFile[];
  lfs: PlannedFile[];
}

/**
 * Groups files into commits: regular files 75 to a commit, LFS pointers 150 to a commit, the
 * two kinds sharing commits. Order is kept within each kind.
 */
export function planCommits(files: readonly PlannedFile[]): CommitBatch[] {
  const regular = files.filter((f) => f.mode === 'regular');
  const lfs = files.filter((f) => f.mode === 'lfs');
  const count = Math.max(
    Math.ceil(regular.length / MAX_REGULAR_PER_COMMIT),
    Math.ceil(lfs.length / MAX_LFS_PER_COMMIT),
  );
  return Array.from({ length: count }, (_, i) => ({
    regular: regular.slice(i * MAX_REGULAR_PER_COMMIT, (i + 1) * MAX_REGULAR_PER_COMMIT),
    lfs: lfs.slice(i * MAX_LFS_PER_COMMIT, (i + 1) * MAX_LFS_PER_COMMIT),
  }));
}

/** One part of a multipart upload: its number (from 1), presigned URL and byte range. */
export interface PartPlan {
  partNumber: number;
  url: string;
  start: number;
  end: number;
}

/**
 * The parts of a `multipart` upload action: `header.chunk_size` bytes each, URLs under
 * `header["1"]`, `header["2"]`, …; the count must cover the size exactly.
 */
export function planParts(link: LfsLink, size: number, op: Operation): PartPlan[] {
  const header = link.header ?? {};
  const chunk = Number(header['chunk_size']);
  const wrong = (why: string) =>
    new InvalidResponseError({ operation: op, message: `multipart upload action ${why}` });
  if (!Number.isSafeInteger(chunk) || chunk < 1) throw wrong('has no valid chunk_size');
  const count = Math.ceil(size / chunk);
  const parts: PartPlan[] = [];
  for (let n = 1; n <= count; n++) {
    const url = header[String(n)];
    if (url === undefined) throw wrong(`has no URL for part ${n} of ${count}`);
    parts.push({ partNumber: n, url, start: (n - 1) * chunk, end: Math.min(n * chunk, size) });
  }
  if (header[String(count + 1)] !== undefined) throw wrong(`has more parts than ${count}`);
  return parts;
}

/** The text of a git LFS pointer file. */
export function lfsPointer(oid: string, size: number): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;
}

/** Base64 of bytes, in slices (a spread of a large array overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Runs `work` on every item, at most `limit` at once; stops starting new ones on a failure. */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      if (signal?.aborted) return;
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Presigned part and object URLs: a plain PUT, no token, retried (a PUT of the same bytes is idempotent). */
const putObject: Operation = {
  id: 'uploadLfsObject',
  method: 'PUT',
  path: '{url}',
  idempotent: true,
};
/** The signed completion URL: no token, and not retried (a second completion can fail). */
const completeAt: Operation = {
  id: 'completeMultipartUpload',
  method: 'POST',
  path: '{url}',
  idempotent: false,
};

/** The refusal the completion route answers with HTTP 200; anything else in `msg` too. */
export function completionRefused(body: unknown, op: Operation): PermissionDeniedError | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const msg = (body as { msg?: unknown }).msg;
  if (typeof msg !== 'string' || msg === '') return undefined;
  return new PermissionDeniedError({
    operation: op,
    status: 200,
    body,
    message: `multipart upload not completed: ${msg}`,
  });
}

function checkedUrl(url: string, op: Operation): URL {
  const at = parseUrl(url);
  if (at && isHttp(at)) return at;
  throw new InvalidResponseError({
    operation: op,
    message: `LFS upload URL is not an http(s) URL (${at ? at.protocol : 'relative'})`,
  });
}

interface Prepared {
  path: string;
  blob: Blob;
}

async function toBlob(content: UploadContent, limit: number, path: string): Promise<Blob> {
  if (content instanceof Blob) return content;
  if (content instanceof Uint8Array) return new Blob([content]);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  const reader = content.getReader();
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    size += next.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new InvalidArgumentError(
        `the stream for ${JSON.stringify(path)} is larger than maxStreamBytes (${limit}); pass a Blob`,
      );
    }
    chunks.push(new Uint8Array(next.value));
  }
  return new Blob(chunks);
}

/** Reads a Blob slice by slice, hashing it: memory stays at one chunk. */
const sha256Of: Sha256Reader = async (blob, onBytes, signal) => {
  const hash = new Sha256();
  const reader = blob.stream().getReader();
  let loaded = 0;
  for (;;) {
    if (signal?.aborted) {
      await reader.cancel();
      throw new APIUserAbortError({ operation: putObject, cause: signal.reason });
    }
    const next = await reader.read();
    if (next.done) return hash.hex();
    hash.update(next.value);
    loaded += next.value.byteLength;
    onBytes(loaded);
  }
};

/** What an upload runs on: the hub, storage, the repository and its operations. */
export interface UploadContext {
  hub: Transport;
  storage: Transport;
  ops: UploadOperations;
  repo: { namespace: string; name: string };
}

/**
 * Uploads files in as few commits as the limits allow: asks the service how each must be sent
 * (preupload), sends LFS files to storage (multipart parts in parallel, each part retried on
 * its own), then commits each batch.
 */
export async function uploadFiles(
  ctx: UploadContext,
  sources: readonly UploadSource[],
  options: UploadOptions = {},
): Promise<UploadResult> {
  const {
    branch = 'main',
    message = 'Upload files',
    concurrency = DEFAULT_CONCURRENCY,
    maxStreamBytes = DEFAULT_MAX_STREAM_BYTES,
    onProgress,
    resume,
    sha256 = sha256Of,
    ...request
  } = options;
  const { hub, ops, repo } = ctx;
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) {
    throw new InvalidArgumentError(`concurrency must be an integer ≥ 1 (got ${concurrency})`);
  }
  if (sources.length === 0) return { committed: [], ignored: [], lfs: [], commits: 0 };
  const prepared: Prepared[] = [];
  for (const { path, content } of sources) {
    prepared.push({ path, blob: await toBlob(content, maxStreamBytes, path) });
  }
  const byPath = new Map(prepared.map((p) => [p.path, p]));
  if (byPath.size !== prepared.length) {
    throw new InvalidArgumentError('the same path is given twice', ops.preupload);
  }

  const files: RepoPreuploadParams['files'] = [];
  for (const { path, blob } of prepared) {
    const head = new Uint8Array(await blob.slice(0, SAMPLE_BYTES).arrayBuffer());
    files.push({ path, size: blob.size, sample: toBase64(head) });
  }
  const path = { ...repo, revision: branch };
  const modes = await hub.request<RepoPreuploadResult>(
    ops.preupload,
    { params: { path }, body: { files } },
    request,
  );
  const answered = new Map(modes.files.map((f) => [f.path, f]));
  const planned: PlannedFile[] = [];
  const ignored: string[] = [];
  for (const { path: p, blob } of prepared) {
    const mode = answered.get(p);
    if (!mode) {
      throw new InvalidResponseError({
        operation: ops.preupload,
        message: `preupload did not answer for ${JSON.stringify(p)}`,
      });
    }
    if (mode.isDir) {
      throw new InvalidArgumentError(`${JSON.stringify(p)} is a directory in the repository`);
    }
    if (mode.uploadMode !== 'lfs' && blob.size > maxStreamBytes) {
      // A regular file travels base64 inside the commit's JSON: never gigabytes in memory.
      throw new InvalidResponseError({
        operation: ops.preupload,
        message: `preupload asks to commit ${JSON.stringify(p)} (${blob.size} bytes) inline; more than maxStreamBytes (${maxStreamBytes})`,
      });
    }
    if (mode.shouldIgnore) ignored.push(p);
    else
      planned.push({
        path: p,
        size: blob.size,
        mode: mode.uploadMode === 'lfs' ? 'lfs' : 'regular',
      });
  }

  const batches = planCommits(planned);
  const committed: string[] = [];
  const lfsPaths: string[] = [];
  const total = planned.length;
  for (const batch of batches) {
    const changes: RepoCommitParams['files'] = [];
    const oids = await sendLfs(ctx, batch.lfs, byPath, concurrency, request, {
      onProgress,
      resume,
      sha256,
    });
    for (const file of batch.regular) {
      const bytes = new Uint8Array(await (byPath.get(file.path) as Prepared).blob.arrayBuffer());
      changes.push({ path: file.path, action: 'create', content: toBase64(bytes) });
    }
    for (const file of batch.lfs) {
      const pointer = lfsPointer(oids.get(file.path) as string, file.size);
      changes.push({
        path: file.path,
        action: 'create',
        content: toBase64(new TextEncoder().encode(pointer)),
      });
      lfsPaths.push(file.path);
    }
    onProgress?.({ phase: 'committing', path: undefined, loaded: committed.length, total });
    await hub.send(
      ops.commitFiles,
      { params: { path }, body: { message, files: changes } },
      request,
    );
    const paths = changes.map((c) => c.path);
    committed.push(...paths);
    onProgress?.({ phase: 'committed', path: undefined, loaded: committed.length, total, paths });
  }
  onProgress?.({ phase: 'done', path: undefined, loaded: committed.length, total });
  return { committed, ignored, lfs: lfsPaths, commits: batches.length };
}

/** Hashes the batch's LFS files, asks where to send them, sends and verifies each. */
async function sendLfs(
  ctx: UploadContext,
  files: readonly PlannedFile[],
  byPath: Map<string, Prepared>,
  concurrency: number,
  request: RequestOptions,
  how: Pick<UploadOptions, 'onProgress' | 'resume'> & { sha256: Sha256Reader },
): Promise<Map<string, string>> {
  const { onProgress, resume } = how;
  const oids = new Map<string, string>();
  if (files.length === 0) return oids;
  const { hub, ops, repo } = ctx;
  for (const file of files) {
    const { blob } = byPath.get(file.path) as Prepared;
    let oid: string;
    try {
      oid = await how.sha256(
        blob,
        (loaded) => onProgress?.({ phase: 'hashing', path: file.path, loaded, total: file.size }),
        request.signal,
      );
    } catch (error) {
      if (!request.signal?.aborted || error instanceof APIUserAbortError) throw error;
      throw new APIUserAbortError({ operation: putObject, cause: request.signal.reason });
    }
    if (!/^[0-9a-f]{64}$/.test(oid)) {
      throw new InvalidArgumentError(
        `the sha256 option gave ${JSON.stringify(oid)} for ${JSON.stringify(file.path)}: not 64 lower-case hex digits`,
      );
    }
    oids.set(file.path, oid);
  }
  // The hub continues one multipart upload per batch request (`upload_id`), so each object
  // with an upload in progress is asked about on its own.
  const ask = async (batch: readonly PlannedFile[], uploadId?: string) => {
    const params: LfsBatchParams = {
      operation: 'upload',
      transfers: ['multipart', 'basic'],
      objects: batch.map((f) => ({ oid: oids.get(f.path) as string, size: f.size })),
      ...(uploadId === undefined ? {} : { upload_id: uploadId }),
    };
    return hub.request<LfsBatchResult>(
      ops.lfsBatch,
      { params: { path: repo }, body: params, read: readLfsJson },
      lfsOptions(request),
    );
  };
  const resumed = files.filter((f) => resume?.[oids.get(f.path) as string] !== undefined);
  const fresh = files.filter((f) => !resumed.includes(f));
  const answers: LfsBatchResult['objects'] = [];
  if (fresh.length > 0) answers.push(...(await ask(fresh)).objects);
  for (const file of resumed) {
    const saved = resume?.[oids.get(file.path) as string];
    answers.push(...(await ask([file], saved?.uploadId)).objects);
  }
  const answer = { objects: answers };
  /** The batch's answer for `file`, refused when it is missing or names an error. */
  const actionsOf = (objects: LfsBatchResult['objects'], file: PlannedFile) => {
    const object = objects.find((o) => o.oid === oids.get(file.path));
    if (!object) {
      throw new InvalidResponseError({
        operation: ops.lfsBatch,
        message: `LFS batch did not answer for ${JSON.stringify(file.path)}`,
      });
    }
    if (object.error) {
      throw new InvalidResponseError({
        operation: ops.lfsBatch,
        status: object.error.code,
        message: `LFS refused ${JSON.stringify(file.path)}: ${object.error.message}`,
      });
    }
    return object.actions;
  };
  const verify = (oid: string, size: number) =>
    hub.send(
      ops.verifyLfsObject,
      { params: { path: repo }, body: { oid, size } },
      lfsOptions(request),
    );
  for (const file of files) {
    const oid = oids.get(file.path) as string;
    let actions = actionsOf(answer.objects, file);
    const { blob } = byPath.get(file.path) as Prepared;
    const progress = (loaded: number) =>
      onProgress?.({ phase: 'uploading', path: file.path, loaded, total: file.size });
    const send = async (upload: LfsLink) => {
      if (upload.header?.['chunk_size'] !== undefined) {
        await sendParts(ctx, oid, blob, upload, concurrency, request, progress, resume);
      } else {
        await putBytes(ctx, upload.href, blob, upload.header ?? {}, request);
        progress(file.size);
      }
    };
    if (actions?.upload) {
      try {
        await send(actions.upload);
      } catch (error) {
        // A saved upload storage no longer has: an earlier run completed it and stopped before
        // verifying, or storage dropped it. Either the object is whole (verify says so) or it
        // is sent again from the start, as a new upload.
        if (!(error instanceof NotFoundError) || !resumed.includes(file)) throw error;
        if (resume) Reflect.deleteProperty(resume, oid);
        const whole =
          actions.verify !== undefined &&
          (await verify(oid, file.size).then(
            () => true,
            (refusal: unknown) => {
              if (request.signal?.aborted || !(refusal instanceof APIError)) throw refusal;
              return false;
            },
          ));
        if (whole) continue;
        actions = actionsOf((await ask([file])).objects, file);
        if (actions?.upload) await send(actions.upload);
      }
    }
    if (!actions?.upload) {
      if (resume) Reflect.deleteProperty(resume, oid); // already stored
      continue;
    }
    if (actions.verify) await verify(oid, file.size);
  }
  return oids;
}

/** The LFS routes answer `application/vnd.git-lfs+json`, and git LFS clients ask for it. */
export function lfsOptions(options: RequestOptions | undefined): RequestOptions {
  return { ...options, headers: { accept: LFS_MEDIA_TYPE, ...options?.headers } };
}

const LFS_MEDIA_TYPE = 'application/vnd.git-lfs+json';

/** The LFS routes answer bare JSON (`application/vnd.git-lfs+json`), not the envelope. */
export async function readLfsJson(response: Response, handoff: BodyHandoff): Promise<unknown> {
  const max = handoff.limits.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const text = await readText(response.body, max);
  const fail = (message: string) =>
    new InvalidResponseError({ operation: handoff.operation, status: response.status, message });
  if (text === undefined) throw fail(`LFS answer is larger than ${max} bytes`);
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    throw fail('LFS answer is not JSON');
  }
}

/** One PUT of bytes to a storage URL: without the token unless the URL is the hub's own. */
async function putBytes(
  { hub, storage }: UploadContext,
  url: string,
  body: Blob,
  header: Record<string, string>,
  request: RequestOptions,
): Promise<string | null> {
  const at = checkedUrl(url, putObject);
  const own = hub.rawInit();
  // The hub copies the caller's Authorization into upload headers; storage never gets it.
  const headers: Record<string, string> = Object.fromEntries(
    Object.entries(header).filter(([name]) => name.toLowerCase() !== 'authorization'),
  );
  const token = own.headers['authorization'];
  if (at.origin === new URL(own.baseUrl).origin && token !== undefined) {
    headers['authorization'] = token;
  }
  return storage.request(
    putObject,
    {
      params: { path: { url: { raw: url } } },
      payload: body,
      read: (response) => {
        void response.body?.cancel();
        return response.headers.get('etag');
      },
    },
    { ...request, headers },
    (etag) => etag as string | null,
  );
}

async function sendParts(
  ctx: UploadContext,
  oid: string,
  blob: Blob,
  upload: LfsLink,
  concurrency: number,
  request: RequestOptions,
  progress: (loaded: number) => void,
  resume: UploadOptions['resume'],
): Promise<void> {
  const parts = planParts(upload, blob.size, ctx.ops.lfsBatch);
  const etags = new Map<number, string>();
  let loaded = 0;
  const chunkSize = Number(upload.header?.['chunk_size']);
  const uploadId = parseUrl(upload.href)?.searchParams.get('uploadId') ?? undefined;
  let saved = resume?.[oid];
  if (saved && (saved.uploadId !== uploadId || saved.chunkSize !== chunkSize)) saved = undefined;
  if (resume && uploadId !== undefined) {
    saved = resume[oid] = { uploadId, chunkSize, etags: saved?.etags ?? {} };
  }
  for (const part of parts) {
    const etag = saved?.etags[String(part.partNumber)];
    if (etag === undefined) continue;
    etags.set(part.partNumber, etag);
    loaded += part.end - part.start;
  }
  if (loaded > 0) progress(loaded);
  await inParallel(
    parts.filter((p) => !etags.has(p.partNumber)),
    concurrency,
    async (part) => {
      const etag = await putBytes(ctx, part.url, blob.slice(part.start, part.end), {}, request);
      if (!etag) {
        throw new InvalidResponseError({
          operation: putObject,
          message: `storage answered part ${part.partNumber} without an ETag`,
        });
      }
      etags.set(part.partNumber, etag);
      if (saved) saved.etags[String(part.partNumber)] = etag;
      loaded += part.end - part.start;
      progress(loaded);
    },
    request.signal,
  );
  if (request.signal?.aborted) {
    throw new APIUserAbortError({ operation: putObject, cause: request.signal.reason });
  }
  const body: LfsCompleteMultipartParams = {
    oid,
    parts: parts.map((p) => ({
      partNumber: p.partNumber,
      etag: etags.get(p.partNumber) as string,
    })),
  };
  checkedUrl(upload.href, completeAt);
  const answer = await ctx.storage.request(
    completeAt,
    { params: { path: { url: { raw: upload.href } } }, body },
    request,
  );
  const refused = completionRefused(answer, completeAt);
  if (refused) throw refused;
  if (resume) Reflect.deleteProperty(resume, oid);
}
