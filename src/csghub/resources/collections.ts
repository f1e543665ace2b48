import * as ops from '../../../generated/csghub.operations.js';
import type {
  Collection,
  CollectionAddReposParams,
  CollectionCreateParams,
  CollectionListParams,
  CollectionRecord,
  CollectionRemoveReposParams,
  CollectionUpdateParams,
  CollectionUpdateRepoParams,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import { listPages, type CsghubPage } from '../pagination.js';

const path = (id: number) => ({ path: { id } });

/** Collections: curated lists of repositories of any kind, owned by a user or an organization. */
export class Collections extends APIResource {
  /** One page of the hub's public collections (three repositories each at most); iterate it. */
  list(
    params?: CollectionListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Collection>, Collection> {
    return listPages(
      this.transport,
      ops.listCollections,
      { params: { query: { ...params } } },
      options,
    );
  }

  /**
   * Creates an empty collection of yours, or of the organization named in `namespace` (which
   * then can no longer be updated). Not retried automatically.
   */
  create(params: CollectionCreateParams, options?: RequestOptions): APIPromise<CollectionRecord> {
    return this.transport.request(ops.createCollection, { body: params }, options);
  }

  /** One collection with all its repositories; a private one you may not see answers 500. */
  get(id: number, options?: RequestOptions): APIPromise<Collection> {
    return this.transport.request(ops.getCollection, { params: path(id) }, options);
  }

  /** Overwrites your collection (send every field: left-out ones are cleared); 403 for others. */
  update(
    id: number,
    params: CollectionUpdateParams,
    options?: RequestOptions,
  ): APIPromise<CollectionRecord> {
    return this.transport.request(
      ops.updateCollection,
      { params: path(id), body: params },
      options,
    );
  }

  /** Deletes a collection you created; an unknown id or someone else's answers 500. */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteCollection, { params: path(id) }, options);
  }

  /**
   * Adds repositories by repository id, all or none: one already in it (`COLL-ERR-0`) or
   * unknown answers 500. Not retried automatically.
   */
  addRepos(
    id: number,
    params: CollectionAddReposParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(ops.addCollectionRepos, { params: path(id), body: params }, options);
  }

  /** Takes repositories out of a collection; ids not in it are skipped without an error. */
  removeRepos(
    id: number,
    params: CollectionRemoveReposParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.removeCollectionRepos,
      { params: path(id), body: params },
      options,
    );
  }

  /** Sets the note on one repository of your collection; one not in it answers 500. */
  updateRepo(
    id: number,
    repoId: number,
    params: CollectionUpdateRepoParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.updateCollectionRepo,
      { params: { path: { id, repo_id: repoId } }, body: params },
      options,
    );
  }
}
