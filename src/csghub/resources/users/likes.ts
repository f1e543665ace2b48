import * as ops from '../../../../generated/csghub.operations.js';
import type {
  Code,
  Collection,
  Dataset,
  McpServer,
  Model,
  Space,
  UserLikeListParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import type { CsghubPage } from '../../pagination.js';
import { mcpItems, userPages } from './user-pages.js';

/**
 * What the token's user liked. The service ignores `{username}` and always acts for the
 * token's user, so pass your own name. Needs a token.
 */
export class UserLikes extends APIResource {
  /** One page of liked models, newest repository first; iterate it for all of them. */
  listModels(
    username: string,
    params?: UserLikeListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Model>, Model> {
    return userPages(this.transport, ops.listUserLikedModels, username, params, options);
  }

  /** One page of liked datasets, newest repository first; iterate it for all of them. */
  listDatasets(
    username: string,
    params?: UserLikeListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Dataset>, Dataset> {
    return userPages(this.transport, ops.listUserLikedDatasets, username, params, options);
  }

  /** One page of liked code repositories, newest repository first; iterate it for all of them. */
  listCodes(
    username: string,
    params?: UserLikeListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Code>, Code> {
    return userPages(this.transport, ops.listUserLikedCodes, username, params, options);
  }

  /** One page of liked spaces, newest repository first; iterate it for all of them. */
  listSpaces(
    username: string,
    params?: UserLikeListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Space>, Space> {
    return userPages(this.transport, ops.listUserLikedSpaces, username, params, options);
  }

  /** One page of liked MCP servers, newest repository first; iterate it for all of them. */
  listMcpServers(
    username: string,
    params?: UserLikeListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<McpServer>, McpServer> {
    return userPages(
      this.transport,
      ops.listUserLikedMcpServers,
      username,
      params,
      options,
      mcpItems,
    );
  }

  /** One page of liked collections, newest collection first; iterate it for all of them. */
  listCollections(
    username: string,
    params?: UserLikeListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Collection>, Collection> {
    return userPages(this.transport, ops.listUserLikedCollections, username, params, options);
  }

  /**
   * Likes a repository, named by its `repository_id` (not its `id`); liking twice changes
   * nothing. An unknown or invisible repository answers 500.
   */
  add(username: string, repositoryId: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(
      ops.likeRepository,
      { params: { path: { username, repo_id: repositoryId } } },
      options,
    );
  }

  /** Removes a like from a repository (by `repository_id`); a missing like is no error. */
  remove(username: string, repositoryId: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(
      ops.unlikeRepository,
      { params: { path: { username, repo_id: repositoryId } } },
      options,
    );
  }

  /** Likes a collection; an unknown collection, or another's private one, answers 500. */
  addCollection(
    username: string,
    collectionId: number,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.likeCollection,
      { params: { path: { username, id: collectionId } } },
      options,
    );
  }

  /** Removes a like from a collection; a missing like is no error. */
  removeCollection(
    username: string,
    collectionId: number,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.unlikeCollection,
      { params: { path: { username, id: collectionId } } },
      options,
    );
  }
}
