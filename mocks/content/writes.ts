/**
 * The repository write routes of the data-backed CSGHub mock, answered from ./store.ts: single
 * file writes (`raw/`), the form upload (`upload_file`), `preupload` and `commit`, the git LFS
 * batch and verify routes, presigned PUTs to the mock's object storage (`/lfs-storage/…`, whole
 * objects or multipart parts) and the signed multipart completion. JSON bodies are checked with
 * Prism's request validator against the operation, and refused as the hub refuses a bad request.
 */
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import type { IHttpOperation } from '@stoplight/types';
import * as validatorModule from '@stoplight/prism-http/dist/validator/index.js';
import { describeValidation } from '../refusals.js';
import { entryAt, REPO_KINDS, type RepoEntry, type RepoKey, type RepoKind } from './files.js';
import { boundaryOf, FormDataError, readForm, type PartSink } from './form-data.js';
import {
  DEFAULT_BRANCH,
  gitBlobSha,
  readPointer,
  spool,
  WriteError,
  type Change,
  type StoredFile,
  type WriteStore,
} from './store.js';

/** Where the presigned PUTs and GETs of LFS objects point. */
const STORAGE_PREFIX = '/lfs-storage/';
const COMPLETE_PATH = '/api/v1/complete_multipart';
/** Largest JSON body read (a commit carries its regular files inline, base64). */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** The hub's `STARHUB_SERVER_GIT_MAX_UN_LFS_FILE_SIZE` default: larger files go to LFS. */
export const MAX_REGULAR_BYTES = 20 * 1024 * 1024;
/** The hub's `STARHUB_SERVER_GIT_MIN_MULTIPART_SIZE` default. */
export const DEFAULT_LFS_CHUNK_BYTES = 50 * 1024 * 1024;
/** The hub never hands out more parts than this (`maxPartNum`). */
const MAX_PARTS = 1000;
/** Most multipart uploads open at once; further ones are refused until some complete. */
export const MAX_OPEN_UPLOADS = 10_000;
/** Presigned URLs last as long as the hub's (`types.OssFileExpire`, 3 days). */
const URL_TTL_MS = 259_200_000;
const LFS_MEDIA_TYPE = 'application/vnd.git-lfs+json';
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'etag' };

type Validate = (opts: { resource: IHttpOperation; element: unknown }) =>
  | { _tag: 'Left'; left: { severity: number; path?: string[]; message?: string }[] }
  | {
      _tag: 'Right';
    };
const unwrap = (namespace: object): unknown => {
  let value: unknown = namespace;
  while (value && typeof value === 'object' && 'default' in value) value = value.default;
  return value;
};
const { validateInput } = unwrap(validatorModule) as { validateInput: Validate };

export interface WriteOptions {
  operations: readonly IHttpOperation[];
  store: WriteStore;
  exists: (key: RepoKey) => boolean;
  /** The repository's entries on a ref, writes included. */
  entriesOf: (key: RepoKey, ref: string | undefined) => readonly RepoEntry[];
  /** The generated entries alone. */
  generated: (key: RepoKey) => readonly RepoEntry[];
  /** The generated weights file's object id. */
  weightsOid: (key: RepoKey) => Promise<string | undefined>;
  /** Smallest multipart part handed out. @default 50 MiB */
  chunkBytes?: number | undefined;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super('refused');
  }
}

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

/** `code: text` as the hub's error middleware writes a coded error. */
const coded = (code: string, text: string) => ({ msg: `${code}: ${text}`, code });
const badRequest = (text: string) => new Refusal(400, coded('REQ-ERR-6', text));
/** What the git server's refusal of a commit looks like on the single-file routes. */
const gitRefusal = (text: string) =>
  new Refusal(500, {
    ...coded('GIT-ERR-22', 'Commit git files failed'),
    context: { reason: text },
  });

/**
 * A repository path as the git server accepts it, or the reason it does not: `..` anywhere,
 * an absolute path, empty or `.` segments, backslashes and control characters are refused.
 */
export function checkPath(path: string): string | undefined {
  if (path === '') return 'You must provide a file path';
  if (path.length > 1024) return `invalid path: ${JSON.stringify(path.slice(0, 64))}…`;
  const parts = path.split('/');
  if (parts.includes('..')) return 'Path cannot include directory traversal';
  if (
    path.startsWith('/') ||
    /[\\]/.test(path) ||
    hasControl(path) ||
    parts.some((p) => p === '' || p === '.')
  ) {
    return `invalid path: ${JSON.stringify(path)}`;
  }
  return undefined;
}

const hasControl = (text: string) => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
};

/** Go's `filepath.Match` on one name: `*`, `?` and `[…]` classes. */
export function globMatch(pattern: string, name: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) return false;
      const body = pattern.slice(i + 1, close).replace(/^\^/, '!');
      source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`.replace(/\\/g, '\\\\');
      i = close;
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`).test(name);
  } catch {
    return false;
  }
}

/** Whether `.gitattributes` tracks a file name with LFS, as the hub's `shouldUseLFS` reads it. */
function tracksLfs(attributes: string, path: string): boolean {
  const name = (path.split('/').pop() ?? path).toLowerCase();
  for (const raw of attributes.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [pattern, ...attrs] = line.split(/\s+/);
    if (
      pattern &&
      attrs.some((a) => a === 'filter=lfs' || a === 'lfs') &&
      globMatch(pattern, name)
    ) {
      return true;
    }
  }
  return false;
}

/** Whether a `.gitignore` (base-name and anchored patterns, `!` negation) ignores a path. */
function ignored(rules: string, path: string): boolean {
  let result = false;
  for (const raw of rules.split('\n')) {
    let line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    line = line.replace(/\/$/, '');
    const anchored = line.includes('/');
    const pattern = line.replace(/^\//, '');
    const parts = path.split('/');
    const hit = anchored
      ? parts.some((_, i) => globMatch(pattern, parts.slice(0, i + 1).join('/')))
      : parts.some((p) => globMatch(pattern, p));
    if (hit) result = !negate;
  }
  return result;
}

function textOf(entries: readonly RepoEntry[], path: string): string {
  const entry = entryAt(entries, path);
  return entry?.type === 'file' ? entry.text.toString('utf8') : '';
}

async function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) {
      request.resume();
      throw badRequest(`body: larger than ${String(limit)} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Content as the hub decodes it (`cleanBase64`, then strict standard base64). */
function decodeContent(content: string, path: string): Buffer {
  const clean = content.replace(/\s+/g, '');
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) {
    throw new WriteError(
      `failed to decode content of ${JSON.stringify(path)}: illegal base64 data`,
    );
  }
  return Buffer.from(clean, 'base64');
}

/**
 * `http://<Host>` of the request, for the URLs the mock hands out (signed storage, parts,
 * completion); loopback when the header names no plain host.
 */
export function requestOrigin(request: http.IncomingMessage): string {
  const host = request.headers.host ?? '';
  return `http://${/^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : '127.0.0.1'}`;
}

export function createWriteHandler(options: WriteOptions) {
  const { store } = options;
  const minChunk = options.chunkBytes ?? DEFAULT_LFS_CHUNK_BYTES;
  const byRoute = new Map<string, IHttpOperation>();
  for (const op of options.operations) byRoute.set(`${op.method} ${op.path}`, op);

  const send = (
    response: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    response.writeHead(status, {
      ...CORS,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
      'content-length': String(Buffer.byteLength(text)),
    });
    response.end(text);
  };

  /** Checks a JSON body against the operation with Prism's validator. */
  function validate(
    op: IHttpOperation,
    request: http.IncomingMessage,
    onePath: string,
    query: URLSearchParams,
    body: unknown,
  ) {
    const result = validateInput({
      resource: op,
      element: {
        method: (request.method ?? 'GET').toLowerCase(),
        url: { path: onePath, query: Object.fromEntries(query) },
        headers: { ...request.headers, 'content-type': 'application/json' },
        body,
      },
    });
    if (result._tag === 'Right') return;
    const errors = result.left.filter((d) => d.severity === 0);
    const first = errors[0];
    if (!first) return;
    const { text } = describeValidation(first);
    const missing = (first.message ?? '').includes('required property');
    const code = missing ? 'REQ-ERR-4' : 'REQ-ERR-6';
    throw new Refusal(400, coded(code, text));
  }

  async function jsonBody(
    op: IHttpOperation,
    request: http.IncomingMessage,
    onePath: string,
    query: URLSearchParams,
  ): Promise<Record<string, unknown>> {
    const bytes = await readBody(request, MAX_JSON_BYTES);
    let body: unknown;
    try {
      body = bytes.length ? JSON.parse(bytes.toString('utf8')) : undefined;
    } catch {
      throw badRequest('body: not JSON');
    }
    validate(op, request, onePath, query, body);
    return (body ?? {}) as Record<string, unknown>;
  }

  const authorized = (op: IHttpOperation, request: http.IncomingMessage) =>
    !op.security?.length ||
    op.security.some((set) => set.length === 0) ||
    Boolean(request.headers.authorization);

  // --- the hub's repository routes ---------------------------------------------------------

  /** Files of a commit, checked and decoded; LFS pointers become LFS entries. */
  function changesOf(files: { path: string; action: string; content?: string }[]): Change[] {
    return files.map((f) => {
      const reason = checkPath(f.path);
      if (reason) throw new WriteError(reason);
      const action = f.action as Change['action'];
      if (action === 'delete') return { path: f.path, action };
      const bytes = decodeContent(f.content ?? '', f.path);
      const pointer = readPointer(bytes);
      const file: StoredFile = pointer
        ? { type: 'lfs', ...pointer }
        : { type: 'file', text: bytes };
      return { path: f.path, action, file };
    });
  }

  function commitRoute(key: RepoKey, revision: string, body: Record<string, unknown>) {
    const files = (body['files'] ?? []) as { path: string; action: string; content?: string }[];
    try {
      if (!store.branchExists(key, revision)) {
        throw new WriteError(
          `resolving refish "refs/heads/${revision}^{commit}": reference not found`,
        );
      }
      store.commit(key, revision, changesOf(files), options.generated(key), {
        message: typeof body['message'] === 'string' ? body['message'] : undefined,
      });
    } catch (error) {
      if (error instanceof WriteError) throw new Refusal(500, { error: error.message });
      throw error;
    }
    return { msg: 'OK', data: null };
  }

  async function preupload(key: RepoKey, revision: string, body: Record<string, unknown>) {
    const entries = options.entriesOf(key, revision);
    const weights = await options.weightsOid(key);
    const attributes = textOf(entries, '.gitattributes');
    const ignore = textOf(entries, '.gitignore');
    const files = (body['files'] ?? []) as { path: string; size: number }[];
    return {
      msg: 'OK',
      data: {
        files: files.map((f) => {
          const existing = entryAt(entries, f.path);
          return {
            path: f.path,
            uploadMode:
              tracksLfs(attributes, f.path) || f.size > MAX_REGULAR_BYTES ? 'lfs' : 'regular',
            oid:
              existing?.type === 'lfs'
                ? (existing.oid ?? weights ?? '')
                : existing?.type === 'file'
                  ? gitBlobSha(existing.text)
                  : '',
            shouldIgnore: ignored(ignore, f.path),
            isDir: existing?.type === 'dir',
          };
        }),
      },
    };
  }

  /** One file through the single-file route's rules: LFS-tracked content goes to storage. */
  async function asStored(key: RepoKey, branch: string, path: string, bytes: Buffer) {
    const attributes = textOf(options.entriesOf(key, branch), '.gitattributes');
    if (!tracksLfs(attributes, path) && bytes.byteLength <= MAX_REGULAR_BYTES) {
      const pointer = readPointer(bytes);
      return pointer
        ? { type: 'lfs' as const, ...pointer }
        : { type: 'file' as const, text: bytes };
    }
    const file = await store.scratch();
    const { size, sha256 } = await spool([bytes], file, { md5: false });
    await store.putObject(file, sha256);
    return { type: 'lfs' as const, oid: sha256, size };
  }

  async function rawRoute(
    key: RepoKey,
    method: string,
    rawPath: string,
    body: Record<string, unknown>,
  ) {
    // The hub trims leading slashes from the route's `*file_path`.
    const path = rawPath.replace(/^\/+/, '');
    const branch = typeof body['branch'] === 'string' ? body['branch'] : '';
    const newBranch = typeof body['new_branch'] === 'string' ? body['new_branch'] : '';
    const target =
      method === 'POST' ? newBranch || branch || DEFAULT_BRANCH : branch || DEFAULT_BRANCH;
    const from = branch || DEFAULT_BRANCH;
    try {
      const reason = checkPath(path);
      if (reason) throw new WriteError(reason);
      if (!store.branchExists(key, from)) {
        throw new WriteError(`resolving refish "refs/heads/${from}^{commit}": reference not found`);
      }
      let change: Change;
      if (method === 'DELETE') change = { path, action: 'delete' };
      else {
        const bytes = decodeContent(
          typeof body['content'] === 'string' ? body['content'] : '',
          path,
        );
        const file = await asStored(key, from, path, bytes);
        change = { path, action: method === 'POST' ? 'create' : 'update', file };
      }
      const origin =
        method === 'PUT' && typeof body['origin_path'] === 'string' ? body['origin_path'] : '';
      const changes: Change[] =
        origin && origin !== path
          ? [
              { path: origin, action: 'delete' },
              { ...change, action: 'create' },
            ]
          : [change];
      store.commit(key, target, changes, options.generated(key), {
        from,
        strictCreate: true,
        message: typeof body['message'] === 'string' ? body['message'] : undefined,
      });
    } catch (error) {
      if (error instanceof WriteError) throw gitRefusal(error.message);
      throw error;
    }
    return { msg: 'OK', data: {} };
  }

  async function uploadForm(key: RepoKey, request: http.IncomingMessage) {
    const boundary = boundaryOf(request.headers['content-type']);
    if (!boundary) throw badRequest('body: not multipart/form-data');
    const fields = new Map<string, string[]>();
    const spooled: { file: string; size: number; sha256: string }[] = [];
    try {
      await readForm(request, boundary, (part): PartSink => {
        if (part.filename !== undefined && part.name === 'file') {
          const chunks: Buffer[] = [];
          let resolveDone: (value: { file: string; size: number; sha256: string }) => void = () =>
            undefined;
          const done = new Promise<{ file: string; size: number; sha256: string }>(
            (r) => (resolveDone = r),
          );
          // Chunks flow into an async generator that spools them to disk.
          let wake: (() => void) | undefined;
          let ended = false;
          async function* source() {
            for (;;) {
              if (chunks.length) yield chunks.shift() as Buffer;
              else if (ended) return;
              else await new Promise<void>((r) => (wake = r));
            }
          }
          const entry = { file: '', size: 0, sha256: '' };
          spooled.push(entry);
          const writing = store.scratch().then(async (file) => {
            entry.file = file;
            const result = await spool(source(), file, { md5: false });
            resolveDone({ file, size: result.size, sha256: result.sha256 });
          });
          return {
            data: (chunk) => {
              chunks.push(Buffer.from(chunk));
              wake?.();
              // Backpressure: wait while more than a few chunks queue up.
              return chunks.length > 8 ? new Promise<void>((r) => setImmediate(r)) : undefined;
            },
            end: async () => {
              ended = true;
              wake?.();
              await writing;
              Object.assign(entry, await done);
            },
          };
        }
        let text = '';
        return {
          data: (chunk) => {
            text += chunk.toString('utf8');
            if (text.length > 64 * 1024)
              throw new FormDataError(`form field ${part.name} too large`);
          },
          end: () => {
            fields.set(part.name, [...(fields.get(part.name) ?? []), text]);
          },
        };
      });
      const paths = fields.get('file_path') ?? [];
      if (spooled.length === 0) throw badRequest('body.file: missing');
      if (paths.length < spooled.length) throw badRequest('body.file_path: one per file');
      const given = fields.get('branch')?.[0];
      const branch = given === undefined || given === '' ? DEFAULT_BRANCH : given;
      try {
        for (const [i, spool] of spooled.entries()) {
          const path = (paths[i] ?? '').replace(/^\/+/, '');
          const reason = checkPath(path);
          if (reason) throw new WriteError(reason);
          if (!store.branchExists(key, branch)) {
            throw new WriteError(
              `resolving refish "refs/heads/${branch}^{commit}": reference not found`,
            );
          }
          const attributes = textOf(options.entriesOf(key, branch), '.gitattributes');
          let file: StoredFile;
          if (tracksLfs(attributes, path) || spool.size > MAX_REGULAR_BYTES) {
            await store.putObject(spool.file, spool.sha256);
            file = { type: 'lfs', oid: spool.sha256, size: spool.size };
          } else {
            file = { type: 'file', text: await readFile(spool.file) };
          }
          const existing = entryAt(options.entriesOf(key, branch), path);
          const exists = existing !== undefined && existing.type !== 'dir';
          store.commit(
            key,
            branch,
            [{ path, action: exists ? 'update' : 'create', file }],
            options.generated(key),
            { from: branch, message: fields.get('message')?.[0] },
          );
        }
      } catch (error) {
        if (error instanceof WriteError) throw gitRefusal(error.message);
        throw error;
      }
    } catch (error) {
      if (error instanceof FormDataError) throw badRequest(`body: ${error.message}`);
      throw error;
    } finally {
      await Promise.all(spooled.filter((s) => s.file).map((s) => rm(s.file, { force: true })));
    }
    return { msg: 'OK', data: null };
  }

  // --- git LFS ------------------------------------------------------------------------------

  const partSize = (size: number) => Math.max(Math.ceil(size / MAX_PARTS), minChunk);
  const expiry = () => String(Math.floor((Date.now() + URL_TTL_MS) / 1000));
  const objectKey = (key: RepoKey, oid: string) =>
    `lfs/${key.kind}/${key.namespace}/${key.name}/${oid}`;

  /** A presigned storage URL: the signature covers the path, the upload and part, size, expiry. */
  function presign(base: string, key: RepoKey, oid: string, extra: Record<string, string>) {
    const url = new URL(`${STORAGE_PREFIX}${key.kind}/${key.namespace}/${key.name}/${oid}`, base);
    for (const [k, v] of Object.entries(extra)) url.searchParams.set(k, v);
    url.searchParams.set('X-Amz-Expires', expiry());
    url.searchParams.set('X-Amz-Signature', store.sign(storageText(url)));
    return url.href;
  }
  const storageText = (url: URL) =>
    [
      'PUT',
      url.pathname,
      url.searchParams.get('uploadId') ?? '',
      url.searchParams.get('partNumber') ?? '',
      url.searchParams.get('size') ?? '',
      url.searchParams.get('X-Amz-Expires') ?? '',
    ].join('\n');

  async function batch(key: RepoKey, request: http.IncomingMessage, body: Record<string, unknown>) {
    const base = requestOrigin(request);
    const objects = (body['objects'] ?? []) as { oid: string; size: number }[];
    const transfers = (body['transfers'] ?? []) as string[];
    const multipart = transfers.includes('multipart');
    const uploadId = typeof body['upload_id'] === 'string' ? body['upload_id'] : '';
    const weights = await options.weightsOid(key);
    if (body['operation'] === 'download') {
      const answer = await Promise.all(
        objects.map(async (o) => {
          const stored =
            o.oid === weights ||
            (store.owns(key, o.oid) && (await store.objectSize(o.oid)) !== undefined);
          if (!stored) return { ...o, error: { code: 404, message: 'Object does not exist' } };
          const href = new URL(
            `${STORAGE_PREFIX}${key.kind}/${key.namespace}/${key.name}/${o.oid}`,
            base,
          ).href;
          return { ...o, actions: { download: { href, header: {} } } };
        }),
      );
      return { transfer: 'basic', objects: answer };
    }
    const header: Record<string, string> = {};
    if (request.headers.authorization) header['Authorization'] = request.headers.authorization;
    const answer = [];
    for (const o of objects) {
      if (store.owns(key, o.oid) || o.oid === weights) {
        answer.push({ oid: o.oid, size: o.size });
        continue;
      }
      if (!/^[0-9a-f]{64}$/.test(o.oid) || !(o.size >= 0)) {
        answer.push({ oid: o.oid, size: o.size, error: { code: 0, message: '' } });
        continue;
      }
      if (multipart && !uploadId && store.uploads.size >= MAX_OPEN_UPLOADS) {
        answer.push({
          oid: o.oid,
          size: o.size,
          error: {
            code: 507,
            message: `the mock is full: at most ${String(MAX_OPEN_UPLOADS)} multipart uploads open; complete some, reset or restart it`,
          },
        });
        continue;
      }
      let upload;
      if (multipart) {
        const chunk = partSize(o.size);
        const id = uploadId || randomBytes(16).toString('hex');
        const known = store.uploads.get(id);
        if (!known && !uploadId) {
          store.uploads.set(id, {
            id,
            repo: objectKey(key, o.oid),
            oid: o.oid,
            size: o.size,
            chunk,
            parts: new Map(),
            writing: new Set(),
            generation: new Map(),
          });
          await store.startParts(id);
        }
        const linkHeader: Record<string, string> = { chunk_size: String(chunk) };
        for (let n = 1; (n - 1) * chunk < o.size; n++) {
          linkHeader[String(n)] = presign(base, key, o.oid, {
            uploadId: id,
            partNumber: String(n),
          });
        }
        upload = { href: completeUrl(base, objectKey(key, o.oid), id), header: linkHeader };
      } else {
        upload = { href: presign(base, key, o.oid, { size: String(o.size) }), header };
      }
      const verify = {
        href: new URL(`/${key.kind}/${key.namespace}/${key.name}.git/info/lfs/verify`, base).href,
        header: { ...header, Accept: LFS_MEDIA_TYPE },
      };
      answer.push({ oid: o.oid, size: o.size, actions: { upload, verify } });
    }
    return { transfer: multipart ? 'multipart' : 'basic', objects: answer };
  }

  function completeUrl(base: string, key: string, uploadId: string) {
    const expiresAt = new Date(Date.now() + URL_TTL_MS).toISOString().replace(/\.\d+Z$/, 'Z');
    const url = new URL(COMPLETE_PATH, base);
    url.searchParams.set('objectKey', key);
    url.searchParams.set('uploadId', uploadId);
    url.searchParams.set('expiresAt', expiresAt);
    url.searchParams.set('signature', store.sign(`${key}:${uploadId}:${expiresAt}`));
    return url.href;
  }

  async function verify(key: RepoKey, body: Record<string, unknown>) {
    const oid = typeof body['oid'] === 'string' ? body['oid'] : '';
    const size = await store.objectSize(oid);
    if (size === undefined) {
      throw new Refusal(400, {
        msg: 'failed to stat object in s3, error: The specified key does not exist.',
      });
    }
    if (size !== body['size']) throw new Refusal(400, { msg: 'content size does not match' });
    store.adopt(key, oid);
    return null;
  }

  async function complete(query: URLSearchParams, body: Record<string, unknown>) {
    const key = query.get('objectKey') ?? '';
    const uploadId = query.get('uploadId') ?? '';
    const expiresAt = query.get('expiresAt') ?? '';
    const expires = Date.parse(expiresAt);
    const signed = store.verify(`${key}:${uploadId}:${expiresAt}`, query.get('signature') ?? '');
    if (!signed || !(expires > Date.now())) return { msg: 'invalid signature' };
    const upload = store.uploads.get(uploadId);
    const failed = (status: number, text: string) =>
      new Refusal(status, { msg: `complete multipart upload failed: ${text}` });
    if (upload?.repo !== key) {
      throw failed(404, 'The specified multipart upload does not exist.');
    }
    const parts = (body['parts'] ?? []) as { partNumber: number; etag: string }[];
    const count = Math.ceil(upload.size / upload.chunk);
    const strip = (etag: string) => etag.replace(/^"|"$/g, '');
    if (parts.length !== count || parts.some((p, i) => p.partNumber !== i + 1)) {
      throw failed(400, 'The list of parts was not in ascending order or is incomplete.');
    }
    for (const p of parts) {
      if (strip(upload.parts.get(p.partNumber)?.etag ?? '') !== strip(p.etag)) {
        throw failed(
          400,
          `One or more of the specified parts could not be found (part ${String(p.partNumber)}).`,
        );
      }
    }
    try {
      await store.assemble(upload);
    } catch (error) {
      if (error instanceof WriteError) throw failed(400, error.message);
      throw error;
    }
    return undefined;
  }

  /** A PUT to a presigned URL: a whole object (basic) or one part of a multipart upload. */
  async function storagePut(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    url: URL,
  ) {
    const s3Error = (status: number, code: string, message: string) => {
      request.resume();
      const text = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
      response.writeHead(status, { ...CORS, 'content-type': 'application/xml' });
      response.end(text);
    };
    const segments = url.pathname.slice(STORAGE_PREFIX.length).split('/');
    const oid = segments[3] ?? '';
    const signature = url.searchParams.get('X-Amz-Signature') ?? '';
    if (
      segments.length !== 4 ||
      !/^[0-9a-f]{64}$/.test(oid) ||
      !store.verify(storageText(url), signature)
    ) {
      s3Error(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      );
      return;
    }
    if (Number(url.searchParams.get('X-Amz-Expires')) * 1000 < Date.now()) {
      s3Error(403, 'AccessDenied', 'Request has expired');
      return;
    }
    const uploadId = url.searchParams.get('uploadId');
    if (uploadId !== null) {
      const upload = store.uploads.get(uploadId);
      const part = Number(url.searchParams.get('partNumber'));
      if (!upload) {
        s3Error(404, 'NoSuchUpload', 'The specified multipart upload does not exist.');
        return;
      }
      const expected = Math.min(upload.chunk, upload.size - (part - 1) * upload.chunk);
      const declared = request.headers['content-length'];
      if (!Number.isInteger(part) || part < 1 || !(expected > 0)) {
        s3Error(400, 'InvalidArgument', `part ${String(part)} is not a part of this upload`);
        return;
      }
      if (declared !== undefined && Number(declared) !== expected) {
        // Answered at once; the connection closes after it rather than reading the body.
        response.shouldKeepAlive = false;
        s3Error(
          400,
          'IncompleteBody',
          `part ${String(part)} has ${declared} bytes, not ${String(expected)}`,
        );
        return;
      }
      if (upload.writing.has(part)) {
        // Two bodies written over the same bytes at once would leave a mix of both.
        s3Error(
          409,
          'OperationAborted',
          'A conflicting conditional operation is currently in progress against this resource. Please try again.',
        );
        return;
      }
      const stored = await store.receivePart(upload, part, expected, request);
      if ('size' in stored) {
        // More than the part holds (a chunked body): its reading stopped at the first byte too
        // many, which ends the connection; the answer goes out if the connection still takes it.
        response.shouldKeepAlive = false;
        s3Error(
          400,
          'IncompleteBody',
          `part ${String(part)} has ${stored.size > expected ? 'more than ' : ''}${String(stored.size)} bytes, not ${String(expected)}`,
        );
        return;
      }
      store.received.parts++;
      response.writeHead(200, { ...CORS, etag: stored.etag, 'content-length': '0' });
      response.end();
      return;
    }
    const file = await store.scratch();
    const { size, sha256, md5 } = await spool(request, file);
    if (sha256 !== oid || String(size) !== url.searchParams.get('size')) {
      await rm(file, { force: true });
      s3Error(400, 'BadDigest', 'The SHA-256 you specified did not match what we received.');
      return;
    }
    await store.putObject(file, oid);
    store.received.objects++;
    response.writeHead(200, { ...CORS, etag: `"${md5}"`, 'content-length': '0' });
    response.end();
  }

  // --- routing -------------------------------------------------------------------------------

  function repoAt(segments: string[], at: number, gitSuffix = false): RepoKey | undefined {
    const [kind, namespace, rawName] = segments.slice(at, at + 3).map((s) => decode(s) ?? '');
    const name = gitSuffix ? rawName?.replace(/\.git$/, '') : rawName;
    if (gitSuffix && !rawName?.endsWith('.git')) return undefined;
    if (!REPO_KINDS.includes(kind as RepoKind)) return undefined;
    if (!namespace || !name || !NAME.test(namespace) || !NAME.test(name)) return undefined;
    return { kind: kind as RepoKind, namespace, name };
  }

  interface Matched {
    op: IHttpOperation;
    key?: RepoKey;
    /** The request path with the file path as one segment, as the spec's template reads it. */
    onePath: string;
    run: (body: Record<string, unknown>) => Promise<unknown>;
    lfs?: boolean;
    form?: boolean;
  }

  function match(
    request: http.IncomingMessage,
    pathname: string,
    query: URLSearchParams,
  ): Matched | undefined {
    const method = request.method ?? 'GET';
    const segments = pathname.split('/');
    if (method === 'POST' && pathname === COMPLETE_PATH) {
      const op = byRoute.get(`post ${COMPLETE_PATH}`);
      return op && { op, onePath: pathname, run: (body) => complete(query, body) };
    }
    const lfsKey = repoAt(segments, 1, true);
    if (lfsKey && method === 'POST') {
      const rest = segments.slice(4).join('/');
      const tail =
        rest === 'info/lfs/objects/batch'
          ? 'info/lfs/objects/batch'
          : rest === 'info/lfs/verify'
            ? 'info/lfs/verify'
            : '';
      const op = tail && byRoute.get(`post /${lfsKey.kind}/{namespace}/{name}.git/${tail}`);
      if (!op) return undefined;
      return {
        op,
        key: lfsKey,
        onePath: pathname,
        lfs: true,
        run: (body) =>
          tail.endsWith('batch') ? batch(lfsKey, request, body) : verify(lfsKey, body),
      };
    }
    if (segments[1] !== 'api' || segments[2] !== 'v1') return undefined;
    const key = repoAt(segments, 3);
    const route = segments[6];
    const rest = segments.slice(7);
    if (!key || !route) return undefined;
    const base = `/api/v1/${key.kind}/{namespace}/{name}/${route}`;
    const head = segments.slice(0, 7).join('/');
    if (route === 'raw' && rest.length > 0 && ['POST', 'PUT', 'DELETE'].includes(method)) {
      const op = byRoute.get(`${method.toLowerCase()} ${base}/{file_path}`);
      const path = rest.map((s) => decode(s));
      if (!op || path.some((p) => p === undefined)) return undefined;
      const filePath = path.join('/');
      return {
        op,
        key,
        onePath: `${head}/${encodeURIComponent(filePath) || 'x'}`,
        run: (body) => rawRoute(key, method, filePath, body),
      };
    }
    if ((route === 'preupload' || route === 'commit') && rest.length === 1 && method === 'POST') {
      const op = byRoute.get(`post ${base}/{revision}`);
      const revision = decode(rest[0] ?? '');
      if (!op || !revision) return undefined;
      return {
        op,
        key,
        onePath: `${head}/${encodeURIComponent(revision)}`,
        run: (body) =>
          route === 'commit'
            ? Promise.resolve().then((): unknown => commitRoute(key, revision, body))
            : preupload(key, revision, body),
      };
    }
    if (route === 'upload_file' && rest.length === 0 && method === 'POST') {
      const op = byRoute.get(`post ${base}`);
      return op && { op, key, onePath: pathname, form: true, run: () => uploadForm(key, request) };
    }
    return undefined;
  }

  return (request: http.IncomingMessage, response: http.ServerResponse): boolean => {
    const method = request.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD' || request.headers['prefer'] !== undefined) {
      return false;
    }
    const target = request.url ?? '/';
    // A browser's preflight before a PUT to a presigned URL, as object storage answers it.
    if (method === 'OPTIONS' && target.startsWith(STORAGE_PREFIX)) {
      request.resume();
      response.writeHead(204, {
        ...CORS,
        'access-control-allow-methods': 'GET, HEAD, PUT',
        'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
      });
      response.end();
      return true;
    }
    const url = new URL(target, 'http://mock');
    if (request.method === 'PUT' && url.pathname.startsWith(STORAGE_PREFIX)) {
      storagePut(request, response, url).catch(fail(response));
      return true;
    }
    const matched = match(request, url.pathname, url.searchParams);
    if (!matched) return false;
    void (async () => {
      const { op, key } = matched;
      if (!authorized(op, request)) {
        request.resume();
        if (matched.lfs) {
          send(response, 401, null, { 'www-authenticate': 'Basic realm=opencsg-git' });
        } else send(response, 401, { msg: 'AUTH-ERR-0: Unauthorized', code: 'AUTH-ERR-0' });
        return;
      }
      if (key && !options.exists(key)) {
        request.resume();
        send(response, 404, { msg: 'REPO-ERR-3: Repository not found', code: 'REPO-ERR-3' });
        return;
      }
      const body = matched.form
        ? {}
        : await jsonBody(op, request, matched.onePath, url.searchParams);
      const answer = await matched.run(body);
      if (op.iid === 'completeMultipartUpload' && answer === undefined) {
        response.writeHead(200, { ...CORS, 'content-length': '0' });
        response.end();
        return;
      }
      send(response, 200, answer, matched.lfs ? { 'content-type': LFS_MEDIA_TYPE } : {});
    })().catch(fail(response));
    return true;
  };

  function fail(response: http.ServerResponse) {
    return (error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof Refusal) {
        send(response, error.status, error.body, error.headers);
        return;
      }
      send(response, 500, {
        msg: `SYS-ERR-0: ${error instanceof Error ? error.message : String(error)}`,
        code: 'SYS-ERR-0',
      });
    };
  }
}
