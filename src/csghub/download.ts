import { InvalidResponseError } from '../core/errors.js';
import type { RequestOptions } from '../core/options.js';
import { countBytes, guardBody } from '../internal/body.js';
import type { BodyHandoff, Operation, Transport } from '../internal/transport.js';
import { isHttp, parseUrl } from '../internal/url.js';
import { downloadFilename } from './internal/filename.js';

/** A file being downloaded: read `body` at your own pace (it is never buffered whole). */
export interface FileDownload {
  /** The file's bytes as they arrive; cancel it to stop the download. */
  body: ReadableStream<Uint8Array>;
  /** Size in bytes, when the service says (`Content-Length`). */
  size: number | undefined;
  /**
   * A name for the file: the one the service suggests (`Content-Disposition`, `filename*`
   * first), else the requested path's last segment, else `download`. Always one path segment,
   * safe to join to a directory: no slash or backslash, no control characters, `:` made `_`,
   * never `.`, `..` or a Windows device name, at most 255 UTF-8 bytes. It may still name a file
   * that already exists there.
   */
  filename: string;
  /** Whether the bytes come from large-file (LFS) storage rather than git. */
  lfs: boolean;
  /**
   * For an LFS file, the SHA-256 its pointer names (64 hex digits), to check the bytes against;
   * `body` itself checks only the count (`size`), since hashing needs the whole file.
   */
  sha256: string | undefined;
  /**
   * The byte of the file at which `body` starts: the `offset` asked for when storage answered
   * that range (206 with a matching `Content-Range`), else 0 and `body` is the whole file.
   */
  offset: number;
}

export interface DownloadOptions extends RequestOptions {
  /** Branch, tag or commit; the default branch when absent. */
  ref?: string | undefined;
  /** Called as bytes arrive with the running count and the size, when known. */
  onProgress?: ((loaded: number, total: number | undefined) => void) | undefined;
  /**
   * Resume an LFS file from this byte (`Range: bytes=<offset>-` to its storage); check
   * `FileDownload.offset` for where `body` really starts. Git files are always sent whole (the
   * download route reads no range).
   */
  offset?: number | undefined;
}

// A git LFS pointer is a few lines of text; anything larger is the file itself.
const POINTER_MAX_BYTES = 1024;
const LFS_POINTER =
  /^version https:\/\/git-lfs\.github\.com\/spec\/v1\s+oid sha256:([0-9a-f]{64})\s+size (\d+)/;

type Fetched =
  { kind: 'bytes'; download: FileDownload } | { kind: 'pointer'; oid: string; size: number };

function sizeOf(response: Response): number | undefined {
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isFinite(length) ? length : undefined;
}

/** Reads the first answer: the file's bytes, or the LFS pointer that stands for them. */
function readFile(path: string) {
  return async (response: Response, handoff: BodyHandoff): Promise<Fetched> => {
    const filename = downloadFilename(response.headers.get('content-disposition'), path);
    const size = sizeOf(response);
    let body = guardBody(response, handoff);
    if (size !== undefined && size <= POINTER_MAX_BYTES) {
      // Small enough to be a pointer: read at most a pointer's worth (still under the idle
      // timeout and the caller's signal; the header may be wrong) and look, keeping what was
      // read to hand on, in front of the rest, should it be the file.
      const reader = body.getReader();
      const head: Uint8Array[] = [];
      let read = 0;
      let done = false;
      while (!done && read <= POINTER_MAX_BYTES) {
        const next = await reader.read();
        if (next.done) done = true;
        else {
          head.push(next.value);
          read += next.value.byteLength;
        }
      }
      const decoder = new TextDecoder();
      const text = head.map((chunk) => decoder.decode(chunk, { stream: true })).join('');
      const pointer = done && LFS_POINTER.exec(text);
      if (pointer && pointer[1] && pointer[2]) {
        return { kind: 'pointer', oid: pointer[1], size: Number(pointer[2]) };
      }
      body = new ReadableStream<Uint8Array>({
        start(stream) {
          for (const chunk of head) stream.enqueue(chunk);
          if (done) stream.close();
        },
        async pull(stream) {
          const next = await reader.read();
          if (next.done) stream.close();
          else stream.enqueue(next.value);
        },
        cancel: (reason) => reader.cancel(reason),
      });
    }
    return {
      kind: 'bytes',
      download: { body, size, filename, lfs: false, sha256: undefined, offset: 0 },
    };
  };
}

/**
 * The signed storage URL answered with `lfs=true` is fetched as a plain GET: without the token
 * or the client's headers, and without the call's headers when it is on another origin.
 */
const fetchLfsObject: Operation = {
  id: 'downloadLfsObject',
  method: 'GET',
  path: '{url}',
  idempotent: true,
};

/**
 * Downloads a repository file as a stream. LFS files are followed to their storage: the first
 * answer is then only a pointer, so the signed URL is asked for and fetched.
 */
export async function downloadFile(
  transport: Transport,
  storage: Transport,
  op: Operation,
  repo: { namespace: string; name: string },
  path: { raw: string },
  displayPath: string,
  options: DownloadOptions = {},
): Promise<FileDownload> {
  const { ref, onProgress, offset: asked, ...request } = options;
  const headers = { accept: 'application/octet-stream, application/json', ...request.headers };
  const query = ref === undefined ? {} : { ref };
  const first = await transport.request(
    op,
    { params: { path: { ...repo, file_path: path }, query }, read: readFile(displayPath) },
    { ...request, headers },
    (data) => data as Fetched,
  );
  let download: FileDownload;
  if (first.kind === 'bytes') {
    download = first.download;
  } else {
    const url = await transport.request(
      op,
      {
        params: {
          path: { ...repo, file_path: { raw: first.oid } },
          query: { ...query, lfs: true },
        },
      },
      request,
      (data) => String(data),
    );
    const at = storageUrl(url, op);
    const { headers: _, ...sameOriginOnly } = request;
    const sameOrigin = at.origin === new URL(transport.rawInit().baseUrl).origin;
    const base = sameOrigin ? request : sameOriginOnly;
    const from = asked !== undefined && asked > 0 && asked < first.size ? asked : 0;
    const range = { range: `bytes=${String(from)}-` };
    const storageRequest =
      from > 0 ? { ...base, headers: { ...(sameOrigin ? request.headers : {}), ...range } } : base;
    download = await storage.request(
      fetchLfsObject,
      {
        params: { path: { url: { raw: url } } },
        read: (response, handoff) => ({
          body: guardBody(response, handoff),
          offset:
            from > 0 && response.status === 206
              ? rangeStart(response, first.size) === from
                ? from
                : undefined
              : 0,
          contentRange: response.headers.get('content-range'),
        }),
      },
      storageRequest,
      (data) => {
        const { body, offset, contentRange } = data as {
          body: ReadableStream<Uint8Array>;
          offset: number | undefined;
          contentRange: string | null;
        };
        if (offset === undefined) {
          void body.cancel();
          throw new InvalidResponseError({
            operation: fetchLfsObject,
            status: 206,
            message: `storage answered ${String(contentRange)} for bytes=${String(from)}- of ${String(first.size)}`,
          });
        }
        return {
          body: exactly(body, first.size - offset),
          size: first.size,
          filename: downloadFilename(null, displayPath),
          lfs: true,
          sha256: first.oid,
          offset,
        };
      },
    );
  }
  if (!onProgress) return download;
  const total = download.size;
  return {
    ...download,
    body: countBytes(download.body, (loaded) => {
      onProgress(loaded, total);
    }),
  };
}

/**
 * Where a 206 answer starts, when its `Content-Range` runs from there to the end of a file of
 * `size` bytes; undefined for any other range.
 */
function rangeStart(response: Response, size: number): number | undefined {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
  if (!match) return undefined;
  const [, start = '', end = '', total = ''] = match;
  const from = Number(start);
  if (Number(end) !== size - 1 || (total !== '*' && Number(total) !== size)) return undefined;
  return from > 0 ? from : undefined;
}

/** Only an absolute http(s) URL is fetched: never `data:`, `file:`, `javascript:` or a path. */
function storageUrl(url: string, op: Operation): URL {
  const at = parseUrl(url);
  if (at && isHttp(at)) return at;
  throw new InvalidResponseError({
    operation: op,
    message: `LFS storage URL is not an http(s) URL (${at ? at.protocol : 'relative'})`,
  });
}

/** The LFS object's bytes, failing (and cancelling the body) unless there are `size` of them. */
function exactly(body: ReadableStream<Uint8Array>, size: number): ReadableStream<Uint8Array> {
  // A pull-through stream rather than `pipeThrough`: a transform's piping costs several times
  // more per chunk, which shows at hundreds of MiB/s.
  const reader = body.getReader();
  let loaded = 0;
  const wrong = (message: string) =>
    new InvalidResponseError({ operation: fetchLfsObject, message });
  return new ReadableStream<Uint8Array>(
    {
      async pull(out) {
        const next = await reader.read();
        if (next.done) {
          if (loaded < size)
            out.error(wrong(`storage sent ${loaded} of ${size} bytes its pointer says`));
          else out.close();
          return;
        }
        loaded += next.value.byteLength;
        if (loaded > size) {
          const error = wrong(`storage sent more than the ${size} bytes its pointer says`);
          out.error(error);
          await reader.cancel(error);
        } else out.enqueue(next.value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}
