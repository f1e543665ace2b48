import type {
  RepoBranch,
  RepoCommit,
  RepoFile,
  SdkRepoRevision,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import type { Operation, Transport } from '../../internal/transport.js';
import { downloadFile, type DownloadOptions, type FileDownload } from '../download.js';
import { encodeFilePath, splitRepoId, type RepoId } from '../ids.js';
import { listPages, nestedItems, type CsghubPage, type PageExtractor } from '../pagination.js';
import { guarded, guardedPage } from '../internal/guard.js';
import { repoCall, repoSend } from '../internal/repo-call.js';
import { orEmpty } from '../../internal/payload.js';
import type {
  RepoCommitListParams,
  RepoFileListParams,
  RepoRefParams,
  RepoRevisionParams,
} from '../types.js';
import { getRevision } from '../internal/revision.js';
import {
  resolvedFileInfo,
  resolveFile,
  type ResolvedFile,
  type ResolvedFileInfo,
  type ResolveOptions,
} from '../internal/resolve.js';

/** The operations of one repository kind, from the generated table. */
export interface RepoOperations {
  list: Operation;
  get: Operation;
  create: Operation;
  update: Operation;
  delete: Operation;
  listFiles: Operation;
  getFile: Operation;
  download: Operation;
  getLastCommit: Operation;
  listCommits: Operation;
  listBranches: Operation;
  // The SDK-compatible routes (`/csg/api/<kind>s/…`): revision listing, resolve GET and HEAD.
  getRevision: Operation;
  resolveFile: Operation;
  getResolvedFileInfo: Operation;
}

const refQuery = (params: RepoRefParams | undefined) =>
  params?.ref === undefined ? {} : { ref: params.ref };

/**
 * What every repository kind shares: list, get, create, update, delete, and reading files,
 * commits and branches, also through the SDK-compatible routes (`Revision` is what a revision
 * listing answers). Ids are `'namespace/name'`.
 */
export class Repositories<
  Repo,
  ListParams extends object,
  CreateParams,
  UpdateParams,
  Revision = SdkRepoRevision,
> extends APIResource {
  readonly #ops: RepoOperations;
  readonly #storage: Transport;
  readonly #listExtractor: PageExtractor<Repo> | undefined;

  constructor(
    transport: Transport,
    storage: Transport,
    ops: RepoOperations,
    listExtractor?: PageExtractor<Repo>,
  ) {
    super(transport);
    this.#ops = ops;
    this.#storage = storage;
    this.#listExtractor = listExtractor;
  }

  /**
   * One page of the repositories the caller may see. Await it for the page, or iterate it
   * to walk every repository of every page.
   */
  list(params?: ListParams, options?: RequestOptions): PagePromise<CsghubPage<Repo>, Repo> {
    return listPages(
      this.transport,
      this.#ops.list,
      { params: { query: params ?? {} } },
      options,
      this.#listExtractor,
    );
  }

  /** One repository, by `'namespace/name'`. */
  get(id: RepoId, options?: RequestOptions): APIPromise<Repo> {
    return repoCall(this.transport, this.#ops.get, { repo: id }, options);
  }

  /** Creates an empty repository. Not retried automatically. */
  create(params: CreateParams, options?: RequestOptions): APIPromise<Repo> {
    return this.transport.request(this.#ops.create, { body: params }, options);
  }

  /** Changes a repository's settings (description, visibility, …). */
  update(id: RepoId, params: UpdateParams, options?: RequestOptions): APIPromise<Repo> {
    return repoCall(this.transport, this.#ops.update, { repo: id, body: params }, options);
  }

  /** Deletes a repository for good. */
  delete(id: RepoId, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, this.#ops.delete, { repo: id }, options);
  }

  /** The entries of one directory (the root by default). */
  listFiles(
    id: RepoId,
    params?: RepoFileListParams,
    options?: RequestOptions,
  ): APIPromise<RepoFile[]> {
    const query = {
      ...refQuery(params),
      ...(params?.path === undefined ? {} : { path: params.path }),
    };
    const op = this.#ops.listFiles;
    return repoCall(this.transport, op, { repo: id, query, map: orEmpty<RepoFile> }, options);
  }

  /** One file's details and, for small text files, its content (base64). */
  getFile(
    id: RepoId,
    path: string,
    params?: RepoRefParams,
    options?: RequestOptions,
  ): APIPromise<RepoFile> {
    const op = this.#ops.getFile;
    return guarded(() =>
      this.transport.request(
        op,
        {
          params: {
            path: { ...splitRepoId(id, op), file_path: encodeFilePath(path, op) },
            query: refQuery(params),
          },
        },
        options,
      ),
    );
  }

  /**
   * Streams one file's bytes (LFS files are followed to their storage). Read `body` at your
   * own pace; `onProgress` reports bytes as they arrive.
   */
  async download(id: RepoId, path: string, options?: DownloadOptions): Promise<FileDownload> {
    const op = this.#ops.download;
    const repo = splitRepoId(id, op);
    const filePath = encodeFilePath(path, op);
    return downloadFile(this.transport, this.#storage, op, repo, filePath, path, options);
  }

  /** The last commit of a branch, tag or commit. */
  getLastCommit(
    id: RepoId,
    params?: RepoRefParams,
    options?: RequestOptions,
  ): APIPromise<RepoCommit> {
    const query = refQuery(params);
    return repoCall(this.transport, this.#ops.getLastCommit, { repo: id, query }, options);
  }

  /** The commits of a branch, newest first, a page at a time (or all of them, iterated). */
  listCommits(
    id: RepoId,
    params?: RepoCommitListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<RepoCommit>, RepoCommit> {
    const op = this.#ops.listCommits;
    return guardedPage(() =>
      listPages(
        this.transport,
        op,
        { params: { path: splitRepoId(id, op), query: { ...params } } },
        options,
        nestedItems<RepoCommit>('commits'),
      ),
    );
  }

  /** Every branch. */
  listBranches(id: RepoId, options?: RequestOptions): APIPromise<RepoBranch[]> {
    const op = this.#ops.listBranches;
    return repoCall(this.transport, op, { repo: id, map: orEmpty<RepoBranch> }, options);
  }

  /**
   * Every file of one revision of the repository (all folders walked), from the SDK-compatible
   * listing; the revision defaults to `main`.
   */
  getRevision(
    id: RepoId,
    params?: RepoRevisionParams,
    options?: RequestOptions,
  ): APIPromise<Revision> {
    return getRevision(this.transport, this.#ops.getRevision, id, params, options);
  }

  /**
   * Streams one file of the repository from the SDK download route (`ref` defaults to `main`):
   * git files from the hub, honouring `offset`; LFS files from storage after its redirect.
   */
  resolveFile(id: RepoId, path: string, options?: ResolveOptions): Promise<ResolvedFile> {
    return resolveFile(this.transport, this.#ops.resolveFile, id, path, options);
  }

  /** A file's size, git blob id and the revision's last commit, from the SDK route's HEAD. */
  getResolvedFileInfo(
    id: RepoId,
    path: string,
    params?: RepoRefParams,
    options?: RequestOptions,
  ): Promise<ResolvedFileInfo> {
    return resolvedFileInfo(
      this.transport,
      this.#ops.getResolvedFileInfo,
      id,
      path,
      params,
      options,
    );
  }
}
