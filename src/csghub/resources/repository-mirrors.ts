import type {
  RepoMirror,
  RepoMirrorCreateParams,
  RepoMirrorRecord,
  RepoMirrorSyncParams,
  RepoMirrorUpdateParams,
  SdkRepoRevision,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { Operation, Transport } from '../../internal/transport.js';
import type { RepoId } from '../ids.js';
import { repoCall, repoSend } from '../internal/repo-call.js';
import type { RepoOperations } from './repositories.js';
import { WritableRepositories, type RepoWriteOperations } from './repository-writes.js';

/** The mirror operations of one repository kind, from the generated table. */
export interface RepoMirrorOperations {
  getMirror: Operation;
  createMirror: Operation;
  updateMirror: Operation;
  deleteMirror: Operation;
  syncMirror: Operation;
}

/**
 * The repository kinds that can mirror a git repository elsewhere (such as Hugging Face):
 * models, datasets and code repositories.
 */
export class MirroredRepositories<
  Repo,
  ListParams extends object,
  CreateParams,
  UpdateParams,
  Revision = SdkRepoRevision,
> extends WritableRepositories<Repo, ListParams, CreateParams, UpdateParams, Revision> {
  readonly #mirror: RepoMirrorOperations;

  constructor(
    transport: Transport,
    storage: Transport,
    ops: RepoOperations,
    writes: RepoWriteOperations,
    mirror: RepoMirrorOperations,
  ) {
    super(transport, storage, ops, writes);
    this.#mirror = mirror;
  }

  /** Where the repository mirrors from and how its last synchronization went. */
  getMirror(id: RepoId, options?: RequestOptions): APIPromise<RepoMirror> {
    return repoCall(this.transport, this.#mirror.getMirror, { repo: id }, options);
  }

  /**
   * Makes the repository a mirror of a git repository elsewhere and queues its first
   * synchronization. Not retried automatically.
   */
  createMirror(
    id: RepoId,
    params: RepoMirrorCreateParams,
    options?: RequestOptions,
  ): APIPromise<RepoMirrorRecord> {
    const op = this.#mirror.createMirror;
    return repoCall(this.transport, op, { repo: id, body: params }, options);
  }

  /** Changes the mirror's source or credentials; send every field, as on create. */
  updateMirror(
    id: RepoId,
    params: RepoMirrorUpdateParams,
    options?: RequestOptions,
  ): APIPromise<RepoMirrorRecord> {
    const op = this.#mirror.updateMirror;
    return repoCall(this.transport, op, { repo: id, body: params }, options);
  }

  /** Removes the repository's mirror; the repository and its files stay. */
  deleteMirror(id: RepoId, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, this.#mirror.deleteMirror, { repo: id }, options);
  }

  /**
   * Queues a synchronization from the source; it runs in the background (watch `status` and
   * `progress` with `getMirror`). Not retried automatically.
   */
  syncMirror(
    id: RepoId,
    params?: RepoMirrorSyncParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const op = this.#mirror.syncMirror;
    return repoSend(this.transport, op, { repo: id, body: params }, options);
  }
}
