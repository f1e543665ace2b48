/**
 * Answers the CSGHub repository file routes from generated contents (./files.ts), in front of
 * Prism: the tree of one directory, one file's details, its bytes (ranges too), the LFS flow
 * (pointer, signed URL, object storage) and the last commit. Paths are read as the hub reads
 * them, `/` unencoded (`blob/tokenizer/vocab.txt`) or as `%2F`.
 *
 * A request with a `Prefer` header is left to Prism, so its named examples and status codes stay
 * reachable; so are methods other than GET and HEAD and names the spec's pattern refuses.
 */
import type http from 'node:http';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IHttpOperation } from '@stoplight/types';
import { byteChunks, sha256Of } from './bytes.js';
import {
  createdEntries,
  DEFAULT_WEIGHTS_BYTES,
  entryAt,
  fakeSha,
  lfsPointer,
  REPO_KINDS,
  repoEntries,
  type RepoEntry,
  type RepoKey,
  type RepoKind,
} from './files.js';
import { DEFAULT_BRANCH, gitBlobSha, type CommitRecord, type WriteStore } from './store.js';
import { createWriteHandler, requestOrigin } from './writes.js';

/** Where the mock's object storage serves LFS objects (the signed URLs point there). */
export const LFS_STORAGE_PREFIX = '/lfs-storage/';

export interface ContentOptions {
  /** The spec's operations, for which file routes need a token. */
  operations: readonly IHttpOperation[];
  /** Size of every repository's LFS weights file. @default 8 MiB */
  weightsBytes?: number | undefined;
  /** Whether a repository exists; every one with a valid name when absent. */
  exists?: ((key: RepoKey) => boolean) | undefined;
  /** What clients wrote; with it the write routes are answered too (./writes.ts). */
  writes?: WriteStore | undefined;
  /** Multipart part size the LFS batch hands out. @default 50 MiB, or size/1000 when larger */
  lfsChunkBytes?: number | undefined;
  /**
   * Whether a repository was created through the API (and with which license): such a one
   * starts with the hub's initial commit (`README.md`, `.gitattributes`), not generated files.
   */
  created?:
    ((key: RepoKey) => { id: number; license: string; created_at: string } | undefined) | undefined;
}

/** Answers the request and returns true, or returns false to leave it to Prism. */
export type ContentHandler = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
) => boolean;

type Route = 'tree' | 'blob' | 'download' | 'last_commit' | 'commits' | 'branches';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** Longest file path looked up; anything longer names nothing here. */
const MAX_PATH_CHARS = 1024;
const DATE = '2024-04-12T06:40:11Z';

const NOT_FOUND = { msg: 'GIT-ERR-15: file not found', code: 'GIT-ERR-15' };
const UNAUTHORIZED = { msg: 'AUTH-ERR-0: Unauthorized', code: 'AUTH-ERR-0' };
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'content-length, content-range, content-disposition, accept-ranges, etag',
};

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

/** A repository file path from raw URL segments, or undefined when it cannot name a file. */
function filePath(segments: string[]): string | undefined {
  const decoded = segments.map(decode);
  if (decoded.some((s) => s === undefined)) return undefined;
  const path = decoded.join('/');
  return path === '' ? undefined : cleanPath(path);
}

/** A decoded path, or undefined when it cannot name an entry; `''` is the root. */
function cleanPath(path: string): string | undefined {
  if (path.length > MAX_PATH_CHARS) return undefined;
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\'))) {
    return path === '' ? '' : undefined;
  }
  return path;
}

/** Which routes answer without a token, read from the spec's `security`. */
function anonymousRoutes(operations: readonly IHttpOperation[]): Map<string, boolean> {
  const routes = new Map<string, boolean>();
  for (const op of operations) {
    if (op.method !== 'get') continue;
    const match =
      /^\/api\/v1\/([a-z]+)\/\{namespace\}\/\{name\}\/(tree|blob|download|last_commit|commits|branches)(?:\/\{file_path\})?$/.exec(
        op.path,
      );
    if (!match) continue;
    const anonymous = !op.security?.length || op.security.some((set) => set.length === 0);
    routes.set(`${match[1] ?? ''}/${match[2] ?? ''}`, anonymous);
  }
  return routes;
}

/** The git object id shown for an entry: the blob id of a regular file's bytes. */
function blobSha(key: RepoKey, entry: RepoEntry): string {
  if (entry.type === 'file') return gitBlobSha(entry.text);
  return fakeSha(key.kind, key.namespace, key.name, entry.path, 'object');
}

function commit(key: RepoKey, path: string, message: string, date = DATE) {
  const user = key.namespace.toLowerCase();
  return {
    id: fakeSha(key.kind, key.namespace, key.name, path, ...(date === DATE ? [] : [date])),
    committer_name: user,
    committer_email: `${user}@example.com`,
    committer_date: date,
    created_at: date,
    message,
    author_name: user,
    author_email: `${user}@example.com`,
    authored_date: date,
  };
}

/** A commit clients made, in the shape the hub answers commits. */
function commitOf(record: CommitRecord) {
  return {
    id: record.id,
    committer_name: record.author,
    committer_email: `${record.author}@example.com`,
    committer_date: record.date,
    created_at: record.date,
    message: record.message,
    author_name: record.author,
    author_email: `${record.author}@example.com`,
    authored_date: record.date,
  };
}

/** The message the generated history gives the commit that added a file. */
const addedMessage = (entry: RepoEntry) =>
  entry.type === 'lfs' ? `Upload ${entry.path} with git-lfs` : `Add ${entry.path}`;

/** The newest commit of a repository's generated history. */
const generatedHead = (key: RepoKey) => commit(key, '', 'Upload model.safetensors with git-lfs');
/** The one commit of a repository created through the API, before anything is written. */
const initialCommit = (key: RepoKey, made: { created_at: string }) =>
  commit(key, '', 'initial commit', made.created_at || DATE);

/** Where the mock's object storage serves an LFS object of a repository. */
function storageUrl(request: http.IncomingMessage, key: RepoKey, oid: string): string {
  return `${requestOrigin(request)}${LFS_STORAGE_PREFIX}${key.kind}/${key.namespace}/${key.name}/${oid}`;
}

/** A range of `size` bytes, from a `Range` header: undefined for the whole, null if unsatisfiable. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | undefined | null {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined; // absent, several ranges or not bytes: the whole file
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return null;
    return { start: Math.max(0, size - suffix), end: size };
  }
  const start = Number(first);
  const end = last === '' ? size : Math.min(size, Number(last) + 1);
  if (start >= size || end <= start) return null;
  return { start, end };
}

/** Which route of the SDK-compatible `/csg` group a request names, if any. */
type SdkRoute =
  | { route: 'revision'; key: RepoKey; ref: string }
  | { route: 'resolve'; key: RepoKey; ref: string; rest: string[] };

/**
 * `/csg/api/<kind>/<ns>/<name>/revision/<ref>`, `/csg/<ns>/<name>/resolve/<ref>/<path>` (models)
 * and `/csg/<kind>/<ns>/<name>/resolve/<ref>/<path>` (the other kinds), as the hub routes them.
 */
function sdkRoute(segments: string[]): SdkRoute | undefined {
  const at = (i: number) => decode(segments[i] ?? '') ?? '';
  const keyOf = (kind: string, namespace: string, name: string): RepoKey | undefined =>
    REPO_KINDS.includes(kind as RepoKind) && NAME.test(namespace) && NAME.test(name)
      ? { kind: kind as RepoKind, namespace, name }
      : undefined;
  if (at(2) === 'api' && at(6) === 'revision' && segments.length === 8 && at(7) !== '') {
    const key = keyOf(at(3), at(4), at(5));
    return key && { route: 'revision', key, ref: at(7) };
  }
  const model = at(4) === 'resolve';
  const first = model ? 5 : 6;
  if ((model || at(5) === 'resolve') && segments.length > first + 1 && at(first) !== '') {
    const key = model ? keyOf('models', at(2), at(3)) : keyOf(at(2), at(3), at(4));
    if (key && key.kind !== 'models' && model) return undefined;
    return key && { route: 'resolve', key, ref: at(first), rest: segments.slice(first + 1) };
  }
  return undefined;
}

export function createContentHandler(options: ContentOptions): ContentHandler {
  const weightsBytes = options.weightsBytes ?? DEFAULT_WEIGHTS_BYTES;
  const exists = options.exists ?? (() => true);
  const anonymous = anonymousRoutes(options.operations);
  const store = options.writes;
  /** The id each created repository had when it was first seen here. */
  const createdIds = new Map<string, number>();
  /**
   * What a repository holds before any write: the hub's initial commit, or generated files. A
   * repository created anew (first seen, or under another id than before: deleted and made
   * again) starts empty, so the writes of one that had its path are forgotten.
   */
  const generatedOf = (key: RepoKey): readonly RepoEntry[] => {
    const made = options.created?.(key);
    if (!made) return repoEntries(key, weightsBytes);
    const at = `${key.kind}/${key.namespace}/${key.name}`;
    if (createdIds.get(at) !== made.id) {
      createdIds.set(at, made.id);
      store?.forget(key);
    }
    return createdEntries(key, made.license);
  };
  /** Every entry of a repository on a ref: generated contents, with what clients wrote over them. */
  const entriesOf = (key: RepoKey, ref?: string | null): readonly RepoEntry[] => {
    const generated = generatedOf(key);
    return store ? store.entries(key, ref ?? undefined, generated) : generated;
  };
  const writeRoutes = store
    ? createWriteHandler({
        operations: options.operations,
        store,
        exists,
        entriesOf: (key, ref) => entriesOf(key, ref),
        generated: generatedOf,
        weightsOid: async (key) => {
          const weights = generatedOf(key).find((e) => e.type === 'lfs');
          return weights ? oidOf(weights) : undefined;
        },
        chunkBytes: options.lfsChunkBytes,
      })
    : undefined;

  const json = (response: http.ServerResponse, head: boolean, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      ...CORS,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    response.end(head ? undefined : text);
  };

  const oidOf = (entry: RepoEntry & { type: 'lfs' }) =>
    entry.oid !== undefined ? Promise.resolve(entry.oid) : sha256Of(entry.seed, entry.size);

  /**
   * The history of `ref`: the commits clients made (newest first), then the generated one, a
   * commit per generated file in path order under the repository's first commit.
   */
  function historyOf(key: RepoKey, ref: string | undefined) {
    const written = (store?.history(key, ref) ?? []).map(commitOf);
    const made = options.created?.(key);
    if (made) return [...written, initialCommit(key, made)];
    const generated = repoEntries(key, weightsBytes)
      .filter((e) => e.type !== 'dir')
      .map((e) => commit(key, e.path, addedMessage(e)))
      .reverse();
    return [...written, generatedHead(key), ...generated];
  }

  /** The newest commit of `ref`: the last one a client made, else the generated history's. */
  function headOf(key: RepoKey, ref: string | undefined) {
    const written = store?.latest(key, ref);
    if (written) return commitOf(written);
    const made = options.created?.(key);
    return made ? initialCommit(key, made) : generatedHead(key);
  }

  async function describe(
    key: RepoKey,
    entry: RepoEntry,
    withContent: boolean,
    ref: string | undefined,
  ) {
    const name = entry.path.split('/').pop() ?? entry.path;
    const written = store?.lastWrite(key, ref, entry.path);
    const made = options.created?.(key);
    const last = written
      ? commitOf(written)
      : made
        ? initialCommit(key, made)
        : commit(key, entry.path, addedMessage(entry));
    const oid = entry.type === 'lfs' ? await oidOf(entry) : '';
    const pointer = entry.type === 'lfs' ? Buffer.from(lfsPointer(oid, entry.size)) : undefined;
    const content = entry.type === 'file' ? entry.text : pointer;
    return {
      name,
      type: entry.type === 'dir' ? 'dir' : 'file',
      size: entry.type === 'dir' ? 0 : entry.type === 'lfs' ? entry.size : entry.text.byteLength,
      path: entry.path,
      mode: entry.type === 'dir' ? '16384' : '33188',
      sha: content ? gitBlobSha(content) : blobSha(key, entry),
      url: '',
      content: withContent && content ? content.toString('base64') : '',
      lfs: entry.type === 'lfs',
      lfs_sha256: oid,
      lfs_pointer_size: pointer?.byteLength ?? 0,
      lfs_relative_path: oid ? `${oid.slice(0, 2)}/${oid.slice(2, 4)}/${oid.slice(4)}` : '',
      last_commit_sha: last.id,
      xnet_enabled: false,
      commit: last,
      ...(withContent ? { preview_code: 0 } : {}),
    };
  }

  /**
   * Sends `size` bytes (or the asked range of them): bytes held in memory in one write, others
   * as `chunks` produces them.
   */
  async function sendBytes(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    size: number,
    headers: Record<string, string>,
    chunks: Buffer | ((start: number, end: number) => Iterable<Buffer> | AsyncIterable<Buffer>),
  ) {
    const range = parseRange(request.headers.range, size);
    const base = { ...CORS, 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes' };
    if (range === null) {
      response.writeHead(416, { ...base, ...headers, 'content-range': `bytes */${String(size)}` });
      response.end();
      return;
    }
    const { start, end } = range ?? { start: 0, end: size };
    response.writeHead(range ? 206 : 200, {
      ...base,
      ...headers,
      'content-length': String(end - start),
      ...(range
        ? { 'content-range': `bytes ${String(start)}-${String(end - 1)}/${String(size)}` }
        : {}),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    if (Buffer.isBuffer(chunks)) {
      response.end(chunks.subarray(start, end));
      return;
    }
    await pipeline(Readable.from(chunks(start, end), { objectMode: false }), response).catch(
      () => undefined, // the client went away; nothing to answer
    );
  }

  const disposition = (name: string) => `attachment; filename="${name.replace(/["\\\r\n]/g, '_')}"`;

  async function answer(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    key: RepoKey,
    route: Route,
    rest: string[],
    query: URLSearchParams,
  ) {
    const head = request.method === 'HEAD';
    const entries = entriesOf(key, query.get('ref'));
    const ref = query.get('ref') ?? undefined;
    const branchKnown = (name: string | undefined) =>
      name === undefined ||
      name === '' ||
      name === DEFAULT_BRANCH ||
      Boolean(store?.createdBranches(key).includes(name));
    if (route === 'last_commit' || route === 'commits') {
      if (!branchKnown(ref)) {
        json(response, head, 404, NOT_FOUND);
        return;
      }
      if (route === 'last_commit') {
        json(response, head, 200, { msg: 'OK', data: headOf(key, ref) });
        return;
      }
      const history = historyOf(key, ref);
      const per = Math.min(100, Math.max(1, Number(query.get('per')) || 50));
      const page = Math.max(1, Math.floor(Number(query.get('page'))) || 1);
      json(response, head, 200, {
        msg: 'OK',
        data: {
          commits: history.slice((page - 1) * per, page * per),
          total: history.length,
          page_count: Math.ceil(history.length / per),
        },
      });
      return;
    }
    if (route === 'branches') {
      const branches = [DEFAULT_BRANCH, ...(store?.createdBranches(key) ?? [])].map((name) => {
        const last = headOf(key, name);
        return { name, message: last.message, commit: { id: last.id } };
      });
      json(response, head, 200, { msg: 'OK', data: branches });
      return;
    }
    if (route === 'tree') {
      const dir = cleanPath((query.get('path') ?? '').replace(/^\/+|\/+$/g, ''));
      const listed =
        dir === undefined
          ? undefined
          : entries.filter(
              (e) =>
                e.path.startsWith(dir ? `${dir}/` : '') &&
                !e.path.slice(dir ? dir.length + 1 : 0).includes('/'),
            );
      if (
        dir === undefined ||
        (dir !== '' && !entries.some((e) => e.type === 'dir' && e.path === dir))
      ) {
        json(response, head, 404, NOT_FOUND);
        return;
      }
      const data = await Promise.all((listed ?? []).map((e) => describe(key, e, false, ref)));
      json(response, head, 200, { msg: 'OK', data });
      return;
    }
    const path = filePath(rest);
    if (route === 'download' && query.has('lfs')) {
      const lfs = query.get('lfs') ?? '';
      if (!/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(lfs)) {
        json(response, head, 400, { msg: `strconv.ParseBool: parsing "${lfs}": invalid syntax` });
        return;
      }
      if (/^[1tT]/.test(lfs)) {
        const wanted = path?.replaceAll('/', '') ?? '';
        let oid = '';
        for (const e of entries) {
          if (e.type === 'lfs' && (await oidOf(e)) === wanted) oid = wanted;
        }
        if (!oid) {
          json(response, head, 404, NOT_FOUND);
          return;
        }
        const url = new URL(storageUrl(request, key, oid));
        const saveAs = query.get('save_as');
        if (saveAs)
          url.searchParams.set('response-content-disposition', `attachment;filename=${saveAs}`);
        json(response, head, 200, { msg: 'OK', data: url.href });
        return;
      }
    }
    const entry = path === undefined ? undefined : entryAt(entries, path);
    if (!entry || entry.type === 'dir') {
      json(response, head, 404, NOT_FOUND);
      return;
    }
    if (route === 'blob') {
      json(response, head, 200, { msg: 'OK', data: await describe(key, entry, true, ref) });
      return;
    }
    const bytes =
      entry.type === 'file' ? entry.text : Buffer.from(lfsPointer(await oidOf(entry), entry.size));
    const name = entry.path.split('/').pop() ?? entry.path;
    await sendBytes(
      request,
      response,
      bytes.byteLength,
      { 'content-disposition': disposition(name) },
      bytes,
    );
  }

  async function storage(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    key: RepoKey,
    oid: string,
    query: URLSearchParams,
  ) {
    const saved = query.get('response-content-disposition');
    const disposition = saved ? { 'content-disposition': saved.replace(/[\r\n]/g, '') } : {};
    const size = store?.owns(key, oid) ? await store.objectSize(oid) : undefined;
    if (store && size !== undefined && exists(key)) {
      await sendBytes(
        request,
        response,
        size,
        { etag: `"${oid}"`, ...disposition },
        (start, end) =>
          end > start
            ? (createReadStream(store.objectPath(oid), {
                start,
                end: end - 1,
              }) as AsyncIterable<Buffer>)
            : [],
      );
      return;
    }
    const weights = generatedOf(key).find((e) => e.type === 'lfs');
    if (!weights || !exists(key) || (await oidOf(weights)) !== oid) {
      response.writeHead(404, { ...CORS, 'content-type': 'text/plain' });
      response.end(request.method === 'HEAD' ? undefined : 'NoSuchKey\n');
      return;
    }
    await sendBytes(
      request,
      response,
      weights.size,
      { etag: `"${oid}"`, ...disposition },
      (start, end) => byteChunks(weights.seed, start, end),
    );
  }

  /** The blob id, size and LFS object of a file, as the SDK listing with `blobs=true` sends them. */
  async function sibling(entry: RepoEntry & { type: 'file' | 'lfs' }, blobs: boolean) {
    if (!blobs) return { rfilename: entry.path };
    if (entry.type === 'file') {
      return { rfilename: entry.path, blobId: gitBlobSha(entry.text), size: entry.text.byteLength };
    }
    const oid = await oidOf(entry);
    const pointer = Buffer.from(lfsPointer(oid, entry.size));
    return {
      rfilename: entry.path,
      blobId: gitBlobSha(pointer),
      size: entry.size,
      lfs: { sha256: oid, size: entry.size, pointerSize: pointer.byteLength },
    };
  }

  /** The SDK listing: a model's info (`blobs` read) or another kind's file names. */
  async function answerRevision(
    response: http.ServerResponse,
    head: boolean,
    key: RepoKey,
    ref: string,
    query: URLSearchParams,
  ) {
    const files = entriesOf(key, ref).filter(
      (e): e is RepoEntry & { type: 'file' | 'lfs' } => e.type !== 'dir',
    );
    const id = `${key.namespace}/${key.name}`;
    if (key.kind !== 'models') {
      const siblings = await Promise.all(files.map((e) => sibling(e, false)));
      const body = { sha: ref, tags: [], likes: 0, downloads: 0, private: false, id, siblings };
      json(response, head, 200, body);
      return;
    }
    const blobs = /^(1|t|T|TRUE|true|True)$/.test(query.get('blobs') ?? '');
    json(response, head, 200, {
      id,
      author: key.namespace.toLowerCase(),
      sha: headOf(key, ref).id,
      created_at: DATE,
      last_modified: DATE,
      private: false,
      downloads: 0,
      likes: 0,
      tags: null,
      siblings: await Promise.all(files.map((e) => sibling(e, blobs))),
    });
  }

  /**
   * `resolve`: a git file's bytes (ranges too), an LFS file as a 302 to its signed storage URL;
   * HEAD with the headers the hub sends (`X-Repo-Commit`, `ETag` of the git blob, the size).
   */
  async function answerResolve(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    key: RepoKey,
    ref: string,
    rest: string[],
  ) {
    const head = request.method === 'HEAD';
    const path = filePath(rest);
    const entry = path === undefined ? undefined : entryAt(entriesOf(key, ref), path);
    if (!entry || entry.type === 'dir') {
      json(response, head, 404, NOT_FOUND);
      return;
    }
    const oid = entry.type === 'lfs' ? await oidOf(entry) : '';
    const stored = entry.type === 'file' ? entry.text : Buffer.from(lfsPointer(oid, entry.size));
    const size = entry.type === 'file' ? entry.text.byteLength : entry.size;
    if (head) {
      response.writeHead(200, {
        ...CORS,
        'content-length': String(size),
        'x-repo-commit': headOf(key, ref).id,
        etag: JSON.stringify(gitBlobSha(stored)),
        'accept-ranges': 'bytes',
      });
      response.end();
      return;
    }
    if (entry.type === 'lfs') {
      response.writeHead(302, {
        ...CORS,
        location: storageUrl(request, key, oid),
        'accept-ranges': 'bytes',
      });
      response.end();
      return;
    }
    const name = entry.path.split('/').pop() ?? entry.path;
    await sendBytes(
      request,
      response,
      stored.byteLength,
      { 'content-disposition': disposition(name) },
      stored,
    );
  }

  /** The `/csg` group: answered when it names a route, else left to Prism. */
  function sdk(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    segments: string[],
    query: URLSearchParams,
  ): boolean {
    const found = sdkRoute(segments);
    if (!found) return false;
    const head = request.method === 'HEAD';
    if (!exists(found.key)) {
      // The model info answers a missing model with 500 (its lookup error is not classified).
      if (found.route === 'revision' && found.key.kind === 'models') {
        json(response, head, 500, { msg: 'SYS-ERR-0: failed to find model', code: 'SYS-ERR-0' });
      } else
        json(response, head, 404, { msg: 'REPO-ERR-3: Repository not found', code: 'REPO-ERR-3' });
      return true;
    }
    const done =
      found.route === 'revision'
        ? answerRevision(response, head, found.key, found.ref, query)
        : answerResolve(request, response, found.key, found.ref, found.rest);
    done.catch(fail(response));
    return true;
  }

  const fail = (response: http.ServerResponse) => (error: unknown) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    json(response, false, 500, {
      msg: `SYS-ERR-0: ${error instanceof Error ? error.message : String(error)}`,
      code: 'SYS-ERR-0',
    });
  };

  return (request, response) => {
    if (writeRoutes?.(request, response)) return true;
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (request.headers['prefer'] !== undefined) return false;
    const target = request.url ?? '/';
    const mark = target.indexOf('?');
    const segments = (mark < 0 ? target : target.slice(0, mark)).split('/');
    const query = new URLSearchParams(mark < 0 ? '' : target.slice(mark + 1));
    const repoAt = (at: number): RepoKey | undefined => {
      const [kind, namespace, name] = segments.slice(at, at + 3).map((s) => decode(s) ?? '');
      if (!REPO_KINDS.includes(kind as RepoKind)) return undefined;
      if (!namespace || !name || !NAME.test(namespace) || !NAME.test(name)) return undefined;
      return { kind: kind as RepoKind, namespace, name };
    };
    // `/lfs-storage/<kind>/<namespace>/<name>/<oid>`: the object storage of the signed URLs.
    if (target.startsWith(LFS_STORAGE_PREFIX)) {
      const key = repoAt(2);
      const oid = segments[5] ?? '';
      if (!key || segments.length !== 6 || !/^[0-9a-f]{64}$/.test(oid)) return false;
      storage(request, response, key, oid, query).catch(fail(response));
      return true;
    }
    if (segments[1] === 'csg') return sdk(request, response, segments, query);
    // `/api/v1/<kind>/<namespace>/<name>/<route>[/<file path>]`
    if (segments[1] !== 'api' || segments[2] !== 'v1') return false;
    const key = repoAt(3);
    const route = segments[6] as Route | undefined;
    const rest = segments.slice(7);
    if (!key || !route) return false;
    const takesPath = route === 'blob' || route === 'download';
    if (takesPath ? rest.length === 0 : rest.length > 0) return false;
    const open = anonymous.get(`${key.kind}/${route}`);
    if (open === undefined) return false;
    const head = request.method === 'HEAD';
    if (!open && !request.headers.authorization) {
      json(response, head, 401, UNAUTHORIZED);
      return true;
    }
    if (!exists(key)) {
      json(response, head, 404, { msg: 'REPO-ERR-3: Repository not found', code: 'REPO-ERR-3' });
      return true;
    }
    answer(request, response, key, route, rest, query).catch(fail(response));
    return true;
  };
}
