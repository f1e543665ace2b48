import type {
  LfsBatchParams,
  LfsBatchResult,
  RepoCommitParams,
  RepoFile,
  RepoFileCreateParams,
  RepoFileDeleteParams,
  RepoFileUpdateParams,
  RepoPreuploadParams,
  RepoPreuploadResult,
  SdkRepoRevision,
} from '../../../generated/csghub.types.js';
import { apiPromise, type APIPromise } from '../../core/api-promise.js';
import { InvalidArgumentError, NotFoundError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import type { Operation, Transport } from '../../internal/transport.js';
import { encodeFilePath, splitRepoId, type RepoId } from '../ids.js';
import { guarded } from '../internal/guard.js';
import {
  lfsOptions,
  readLfsJson,
  uploadFiles,
  type UploadContent,
  type UploadOptions,
  type UploadResult,
  type UploadSource,
} from '../upload.js';
import { Repositories, type RepoOperations } from './repositories.js';

/** The write operations of one repository kind, from the generated table. */
export interface RepoWriteOperations {
  createFile: Operation;
  updateFile: Operation;
  deleteFile: Operation;
  uploadFiles: Operation;
  preupload: Operation;
  commitFiles: Operation;
  lfsBatch: Operation;
  verifyLfsObject: Operation;
}

/** Where an LFS object stands, for `verifyLfsObject`. */
export interface LfsObjectParams {
  /** SHA-256 of the object's bytes, 64 hex digits. */
  oid: string;
  /** Size in bytes. */
  size: number;
}

/** A form upload (`uploadFiles`): the files, their paths in the same order, and settings. */
export interface RepoUploadFormParams {
  /** The files' contents (text is sent as UTF-8). */
  file: readonly (Blob | Uint8Array<ArrayBuffer> | string)[];
  /** Path in the repository of each file, in the same order. */
  file_path: readonly string[];
  /** Branch to commit to; the default branch when absent. */
  branch?: string | undefined;
  /** Message of each commit made. */
  message?: string | undefined;
}

/** Where a new branch starts and what its first commit says. */
export interface RepoBranchCreateParams {
  /** The branch to start from. @default 'main' */
  from?: string | undefined;
  /** Message of the commit that creates the branch. */
  message?: string | undefined;
}

// The Python SDK's `.gitattributes` for a branch made where the source has none.
const DEFAULT_GITATTRIBUTES = [
  '*.bin filter=lfs diff=lfs merge=lfs -text',
  '*.gguf filter=lfs diff=lfs merge=lfs -text',
  '*.h5 filter=lfs diff=lfs merge=lfs -text',
  '*.onnx filter=lfs diff=lfs merge=lfs -text',
  '*.parquet filter=lfs diff=lfs merge=lfs -text',
  '*.pt filter=lfs diff=lfs merge=lfs -text',
  '*.pth filter=lfs diff=lfs merge=lfs -text',
  '*.safetensors filter=lfs diff=lfs merge=lfs -text',
  '*.zip filter=lfs diff=lfs merge=lfs -text',
  '',
].join('\n');

/**
 * The repository kinds that take files: models, datasets, code repositories and spaces. Adds
 * single-file writes, form and batch uploads, the LFS calls, and `uploadFile` / `upload`, which
 * choose among them.
 */
export class WritableRepositories<
  Repo,
  ListParams extends object,
  CreateParams,
  UpdateParams,
  Revision = SdkRepoRevision,
> extends Repositories<Repo, ListParams, CreateParams, UpdateParams, Revision> {
  readonly #writes: RepoWriteOperations;
  readonly #storageTransport: Transport;

  constructor(
    transport: Transport,
    storage: Transport,
    ops: RepoOperations,
    writes: RepoWriteOperations,
  ) {
    super(transport, storage, ops);
    this.#writes = writes;
    this.#storageTransport = storage;
  }

  #filePath(op: Operation, id: RepoId, path: string) {
    return { ...splitRepoId(id, op), file_path: encodeFilePath(path, op) };
  }

  /**
   * Commits one new file (base64 `content`); `new_branch` commits it to a new branch made from
   * `branch`. The whole file travels in one request: for large files use `uploadFile`.
   */
  createFile(
    id: RepoId,
    path: string,
    params: RepoFileCreateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const op = this.#writes.createFile;
    return guarded(() =>
      this.transport.send(
        op,
        { params: { path: this.#filePath(op, id, path) }, body: params },
        options,
      ),
    );
  }

  /** Commits new content (base64) for an existing file. */
  updateFile(
    id: RepoId,
    path: string,
    params: RepoFileUpdateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const op = this.#writes.updateFile;
    return guarded(() =>
      this.transport.send(
        op,
        { params: { path: this.#filePath(op, id, path) }, body: params },
        options,
      ),
    );
  }

  /** Commits the removal of one file. */
  deleteFile(
    id: RepoId,
    path: string,
    params: RepoFileDeleteParams = {},
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const op = this.#writes.deleteFile;
    // The service reads a JSON body even here: `{}` at least.
    return guarded(() =>
      this.transport.send(
        op,
        { params: { path: this.#filePath(op, id, path) }, body: params },
        options,
      ),
    );
  }

  /**
   * The web UI's form upload: `file[i]` goes to `file_path[i]`, one commit per file, each read
   * whole by the service, so for small files. Not retried automatically.
   */
  uploadFiles(
    id: RepoId,
    params: RepoUploadFormParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const op = this.#writes.uploadFiles;
    return guarded(() => {
      if (params.file.length !== params.file_path.length) {
        throw new InvalidArgumentError(
          `file and file_path differ in length (${params.file.length} and ${params.file_path.length})`,
          op,
        );
      }
      const form = new FormData();
      params.file.forEach((content, i) => {
        const path = params.file_path[i] as string;
        const blob = content instanceof Blob ? content : new Blob([content]);
        form.append('file', blob, path.split('/').pop() ?? path);
        form.append('file_path', path);
      });
      if (params.branch !== undefined) form.append('branch', params.branch);
      if (params.message !== undefined) form.append('message', params.message);
      return this.transport.send(
        op,
        { params: { path: splitRepoId(id, op) }, payload: form },
        options,
      );
    });
  }

  /** Asks how each file is to be sent (`regular` in the commit, or `lfs`); changes nothing. */
  preupload(
    id: RepoId,
    revision: string,
    params: RepoPreuploadParams,
    options?: RequestOptions,
  ): APIPromise<RepoPreuploadResult> {
    const op = this.#writes.preupload;
    return guarded(() =>
      this.transport.request(
        op,
        { params: { path: { ...splitRepoId(id, op), revision } }, body: params },
        options,
      ),
    );
  }

  /**
   * One commit of several files (base64 bytes, or base64 LFS pointers for files already in LFS
   * storage). A failure is an `InternalServerError` carrying the service's `error` text.
   */
  commitFiles(
    id: RepoId,
    revision: string,
    params: RepoCommitParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const op = this.#writes.commitFiles;
    return guarded(() =>
      this.transport.send(
        op,
        { params: { path: { ...splitRepoId(id, op), revision } }, body: params },
        options,
      ),
    );
  }

  /** The git LFS batch call: where to send each object (or that it is already stored). */
  lfsBatch(
    id: RepoId,
    params: LfsBatchParams,
    options?: RequestOptions,
  ): APIPromise<LfsBatchResult> {
    const op = this.#writes.lfsBatch;
    return guarded(() =>
      this.transport.request(
        op,
        { params: { path: splitRepoId(id, op) }, body: params, read: readLfsJson },
        lfsOptions(options),
        (data) => data as LfsBatchResult,
      ),
    );
  }

  /** Confirms an uploaded LFS object is stored with that size. */
  verifyLfsObject(
    id: RepoId,
    params: LfsObjectParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const op = this.#writes.verifyLfsObject;
    return guarded(() =>
      this.transport.send(
        op,
        { params: { path: splitRepoId(id, op) }, body: params },
        lfsOptions(options),
      ),
    );
  }

  /**
   * Uploads one file in one commit: small files in the commit itself, large ones (as the
   * service decides) through LFS storage. See `upload`.
   */
  uploadFile(
    id: RepoId,
    path: string,
    content: UploadContent,
    options?: UploadOptions,
  ): Promise<UploadResult> {
    return this.upload(id, [{ path, content }], options);
  }

  /**
   * Uploads files in as few commits as allowed (75 regular and 150 LFS files a commit): asks
   * the service which go to LFS, sends those to storage (multipart parts in parallel, each part
   * retried on its own, never the token), then commits. Reads `Blob`s a slice at a time.
   */
  async upload(
    id: RepoId,
    files: readonly UploadSource[],
    options?: UploadOptions,
  ): Promise<UploadResult> {
    const w = this.#writes;
    const repo = splitRepoId(id, w.preupload);
    return uploadFiles(
      {
        hub: this.transport,
        storage: this.#storageTransport,
        repo,
        ops: {
          preupload: w.preupload,
          commitFiles: w.commitFiles,
          lfsBatch: w.lfsBatch,
          verifyLfsObject: w.verifyLfsObject,
        },
      },
      files,
      options,
    );
  }

  /**
   * Creates a branch from another (`main` by default), as the hub's SDK does: by committing its
   * `.gitattributes` (kept as it is, or a default one where there is none) to the new branch.
   */
  createBranch(
    id: RepoId,
    branch: string,
    params: RepoBranchCreateParams = {},
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const from = params.from ?? 'main';
    const run = async () => {
      let content: string;
      try {
        const file: RepoFile = await this.getFile(id, '.gitattributes', { ref: from }, options);
        content = file.content;
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        content = btoa(DEFAULT_GITATTRIBUTES);
      }
      return this.createFile(
        id,
        '.gitattributes',
        {
          content,
          branch: from,
          new_branch: branch,
          message: params.message ?? `Create branch ${branch}`,
        },
        options,
      );
    };
    return apiPromise(run(), {});
  }
}
