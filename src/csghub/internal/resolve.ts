import { InvalidResponseError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import { guardBody } from '../../internal/body.js';
import type { Operation, Transport } from '../../internal/transport.js';
import { encodeFilePath, splitRepoId, type RepoId } from '../ids.js';
import { downloadFilename } from './filename.js';

/** A file from the SDK download route: its bytes as they arrive. */
export interface ResolvedFile {
  /** The bytes from `offset` on; cancel it to stop. */
  body: ReadableStream<Uint8Array>;
  /** Bytes in `body`, when the answer says (`Content-Length`). */
  size: number | undefined;
  /** One safe path segment, as `FileDownload.filename`. */
  filename: string;
  /** Where `body` starts in the file: the asked `offset` when answered with 206, else 0. */
  offset: number;
}

export interface ResolveOptions extends RequestOptions {
  /** Branch, tag or commit. @default 'main' */
  ref?: string | undefined;
  /** Ask for the bytes from this offset on (`Range: bytes=<offset>-`). */
  offset?: number | undefined;
}

/** A file's facts from the SDK route's HEAD answer. */
export interface ResolvedFileInfo {
  /** Size of the content in bytes (of the real content, for an LFS file). */
  size: number | undefined;
  /** The git blob id (`ETag`, unquoted); for an LFS file, that of its pointer. */
  blobId: string | undefined;
  /** The revision's last commit (`X-Repo-Commit`). */
  commit: string | undefined;
}

const lengthOf = (response: Response) => {
  const value = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
};

const pathOf = (op: Operation, id: RepoId, path: string, ref: string | undefined) => ({
  ...splitRepoId(id, op),
  ref: ref ?? 'main',
  file_path: encodeFilePath(path, op),
});

/**
 * Streams a file from `/csg/…/resolve/<ref>/<path>`: git files from the hub (one range
 * honoured), LFS files from storage after the hub's redirect, which the client follows without
 * sending the token to another origin.
 */
export function resolveFile(
  transport: Transport,
  op: Operation,
  id: RepoId,
  path: string,
  options: ResolveOptions = {},
): Promise<ResolvedFile> {
  const { ref, offset, ...request } = options;
  const from = offset !== undefined && offset > 0 ? offset : 0;
  const headers = {
    accept: 'application/octet-stream',
    ...request.headers,
    ...(from > 0 ? { range: `bytes=${String(from)}-` } : {}),
  };
  return transport.request(
    op,
    {
      params: { path: pathOf(op, id, path, ref) },
      read: (response, handoff) => ({
        body: guardBody(response, handoff),
        status: response.status,
        contentRange: response.headers.get('content-range'),
        size: lengthOf(response),
        filename: downloadFilename(response.headers.get('content-disposition'), path),
      }),
    },
    { ...request, headers },
    (data) => {
      const { body, status, contentRange, size, filename } = data as Omit<
        ResolvedFile,
        'offset'
      > & { status: number; contentRange: string | null };
      let offset = 0;
      if (status === 206) {
        const range = /^bytes (\d+)-\d+\/(?:\d+|\*)$/.exec(contentRange ?? '');
        offset = Number(range?.[1] ?? Number.NaN);
        if (offset !== from) {
          void body.cancel();
          throw new InvalidResponseError({
            operation: op,
            status,
            message: `asked for bytes=${String(from)}- and got ${String(contentRange)}`,
          });
        }
      }
      return { body, size, filename, offset };
    },
  );
}

/** The HEAD of the same route: size, git blob id and last commit, without the bytes. */
export async function resolvedFileInfo(
  transport: Transport,
  op: Operation,
  id: RepoId,
  path: string,
  params: { ref?: string | undefined } | undefined,
  options: RequestOptions | undefined,
): Promise<ResolvedFileInfo> {
  const { response } = await transport
    .request(op, { params: { path: pathOf(op, id, path, params?.ref) } }, options)
    .withResponse();
  const etag = response.headers.get('etag') ?? undefined;
  return {
    size: lengthOf(response),
    blobId: etag?.replace(/^(?:W\/)?"(.*)"$/, '$1'),
    commit: response.headers.get('x-repo-commit') ?? undefined,
  };
}
