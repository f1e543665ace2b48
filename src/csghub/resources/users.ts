import * as ops from '../../../generated/csghub.operations.js';
import type { components } from '../../../generated/csghub.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import type { Collection } from './collections.js';
import type { Operation, Transport } from '../../internal/transport.js';
import { nothing, orEmpty } from '../../internal/payload.js';
import { listPages, nestedItems, type CsghubPage, type PageExtractor } from '../pagination.js';
import type { BodyOf, Code, Dataset, McpServer, Model, QueryOf, Space } from '../types.js';

type Schemas = components['schemas'];

/** A user's profile; others (and anonymous callers) get only its public part. */
export type UserProfile = Schemas['UserProfile'];
/** A collection with at most three of its repositories. */
export type UserSshKey = Schemas['UserSshKey'];
/** What a token is for: `git` is the CSGHub access token. */
export type UserTokenApp = Schemas['UserTokenApp'];
/** An access token with its owner and secret value. */
export type UserToken = Schemas['UserToken'];
/** A new access token as stored, with its secret value. */
export type UserTokenRecord = Schemas['UserTokenRecord'];

export type UserGetParams = QueryOf<'getUser'>;
export type UserUpdateParams = BodyOf<'updateUser'>;
export type UserSetLabelsParams = BodyOf<'setUserLabels'>;
export type UserListModelsParams = QueryOf<'listUserModels'>;
export type UserListDatasetsParams = QueryOf<'listUserDatasets'>;
export type UserListCodesParams = QueryOf<'listUserCodes'>;
export type UserListSpacesParams = QueryOf<'listUserSpaces'>;
export type UserListMcpServersParams = QueryOf<'listUserMcpServers'>;
export type UserListCollectionsParams = QueryOf<'listUserCollections'>;
/** Which page of liked items to read. */
export type UserLikeListParams = QueryOf<'listUserLikedModels'>;
export type UserSshKeyListParams = QueryOf<'listUserSshKeys'>;
export type UserSshKeyCreateParams = BodyOf<'createUserSshKey'>;
export type UserTokenListParams = QueryOf<'listUserAccessTokens'>;
export type UserTokenCreateParams = BodyOf<'createAccessToken'>;
export type UserTokenLookupParams = QueryOf<'getTokenInfo'>;

/** A paged list under `/user/{username}`. */
function userPages<Item>(
  transport: Transport,
  op: Operation,
  username: string,
  params: { page?: number; per?: number } | undefined,
  options: RequestOptions | undefined,
  extract?: PageExtractor<Item>,
): PagePromise<CsghubPage<Item>, Item> {
  const init = { params: { path: { username }, query: { ...params } } };
  return listPages(transport, op, init, options, extract);
}

const mcpItems = nestedItems<McpServer>('data');

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
    return this.transport.request(
      ops.likeRepository,
      { params: { path: { username, repo_id: repositoryId } } },
      options,
      nothing,
    );
  }

  /** Removes a like from a repository (by `repository_id`); a missing like is no error. */
  remove(username: string, repositoryId: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.unlikeRepository,
      { params: { path: { username, repo_id: repositoryId } } },
      options,
      nothing,
    );
  }

  /** Likes a collection; an unknown collection, or another's private one, answers 500. */
  addCollection(
    username: string,
    collectionId: number,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.request(
      ops.likeCollection,
      { params: { path: { username, id: collectionId } } },
      options,
      nothing,
    );
  }

  /** Removes a like from a collection; a missing like is no error. */
  removeCollection(
    username: string,
    collectionId: number,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.request(
      ops.unlikeCollection,
      { params: { path: { username, id: collectionId } } },
      options,
      nothing,
    );
  }
}

/** The SSH public keys for git over SSH; `username` must be the token's user (else 401). */
export class UserSshKeys extends APIResource {
  /** One page of keys, newest first; iterate it for all of them (the service sends no total). */
  list(
    username: string,
    params?: UserSshKeyListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<UserSshKey>, UserSshKey> {
    return userPages(this.transport, ops.listUserSshKeys, username, params, options);
  }

  /**
   * Adds a key in OpenSSH format; a name or key already in use answers 500. Not retried
   * automatically.
   */
  create(
    username: string,
    params: UserSshKeyCreateParams,
    options?: RequestOptions,
  ): APIPromise<UserSshKey> {
    return this.transport.request(
      ops.createUserSshKey,
      { params: { path: { username } }, body: params },
      options,
    );
  }

  /** Deletes a key by the name it was added under; an unknown name answers 500. */
  delete(username: string, name: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteUserSshKey,
      { params: { path: { username, name } } },
      options,
      nothing,
    );
  }
}

/** The token's user's access tokens (`git` ones authenticate API calls). */
export class UserTokens extends APIResource {
  /**
   * Every current token of the token's user, secrets included (not paged); `username` must be
   * the token's user (else 401).
   */
  list(
    username: string,
    params?: UserTokenListParams,
    options?: RequestOptions,
  ): APIPromise<UserToken[]> {
    return this.transport.request(
      ops.listUserAccessTokens,
      { params: { path: { username }, query: { ...params } } },
      options,
      orEmpty<UserToken>,
    );
  }

  /**
   * Creates a token named `tokenName` and resolves to it with its secret value; a name already
   * used for `app` answers 500. Not retried automatically.
   */
  create(
    app: UserTokenApp,
    tokenName: string,
    params?: UserTokenCreateParams,
    options?: RequestOptions,
  ): APIPromise<UserTokenRecord> {
    return this.transport.request(
      ops.createAccessToken,
      { params: { path: { app, token_name: tokenName } }, body: params ?? {} },
      options,
    );
  }

  /**
   * Replaces a token's secret value and resolves to the new one; the old value stops working
   * at once, so refreshing the client's own token locks the client out.
   */
  refresh(app: UserTokenApp, tokenName: string, options?: RequestOptions): APIPromise<UserToken> {
    return this.transport.request(
      ops.updateAccessToken,
      { params: { path: { app, token_name: tokenName } } },
      options,
    );
  }

  /** Deletes a token; it stops working at once. An unknown name answers 404. */
  delete(app: UserTokenApp, tokenName: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteAccessToken,
      { params: { path: { app, token_name: tokenName } } },
      options,
      nothing,
    );
  }

  /**
   * Who owns a token and what it is for. The secret travels in the URL path, where proxies and
   * access logs may record it: use only over HTTPS, with your own tokens. Works without a token;
   * a deleted or replaced value answers 404.
   */
  lookup(
    tokenValue: string,
    params?: UserTokenLookupParams,
    options?: RequestOptions,
  ): APIPromise<UserToken> {
    return this.transport.request(
      ops.getTokenInfo,
      { params: { path: { token_value: tokenValue }, query: { ...params } } },
      options,
    );
  }
}

/** Users: profiles, their repositories and collections, likes, SSH keys, access tokens. */
export class Users extends APIResource {
  /** What the token's user liked, and liking. */
  readonly likes: UserLikes;
  readonly sshKeys: UserSshKeys;
  readonly tokens: UserTokens;

  constructor(transport: Transport) {
    super(transport);
    this.likes = new UserLikes(transport);
    this.sshKeys = new UserSshKeys(transport);
    this.tokens = new UserTokens(transport);
  }

  /**
   * A user's profile by name, or by `uuid` with `{ type: 'uuid' }`. Works without a token;
   * only the user and administrators get the whole profile (with `uuid`).
   */
  get(username: string, params?: UserGetParams, options?: RequestOptions): APIPromise<UserProfile> {
    return this.transport.request(
      ops.getUser,
      { params: { path: { username }, query: { ...params } } },
      options,
    );
  }

  /**
   * Changes a profile. Takes the user's `uuid` (from `get`), not the name: a name answers 500.
   * Send `tag_ids` every time, as an update without it clears the profile tags.
   */
  update(uuid: string, params: UserUpdateParams, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.updateUser,
      { params: { path: { username: uuid } }, body: params },
      options,
      nothing,
    );
  }

  /**
   * Starts deleting an account in the background (administrators). Administrators and users
   * with organizations, deploys or bills are refused (400); an unknown name answers 500.
   */
  delete(username: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteUser,
      { params: { path: { username } } },
      options,
      nothing,
    );
  }

  /** Replaces the labels of the user whose `uuid` is `id` (administrators); `[]` clears them. */
  setLabels(params: UserSetLabelsParams, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(ops.setUserLabels, { body: params }, options, nothing);
  }

  /**
   * One page of a user's models; iterate it for all of them. Works without a token. Any filter
   * switches to the hub's search order. An unknown user answers 500, not 404.
   */
  listModels(
    username: string,
    params?: UserListModelsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Model>, Model> {
    return userPages(this.transport, ops.listUserModels, username, params, options);
  }

  /** One page of a user's datasets, like `listModels`. */
  listDatasets(
    username: string,
    params?: UserListDatasetsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Dataset>, Dataset> {
    return userPages(this.transport, ops.listUserDatasets, username, params, options);
  }

  /** One page of a user's code repositories, like `listModels`. */
  listCodes(
    username: string,
    params?: UserListCodesParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Code>, Code> {
    return userPages(this.transport, ops.listUserCodes, username, params, options);
  }

  /** One page of a user's spaces, like `listModels`. */
  listSpaces(
    username: string,
    params?: UserListSpacesParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Space>, Space> {
    return userPages(this.transport, ops.listUserSpaces, username, params, options);
  }

  /** One page of a user's MCP servers, like `listModels`. */
  listMcpServers(
    username: string,
    params?: UserListMcpServersParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<McpServer>, McpServer> {
    return userPages(this.transport, ops.listUserMcpServers, username, params, options, mcpItems);
  }

  /**
   * One page of the collections a user created, each with up to three repositories; iterate it
   * for all of them. Works without a token. An unknown user answers 500.
   */
  listCollections(
    username: string,
    params?: UserListCollectionsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Collection>, Collection> {
    return userPages(this.transport, ops.listUserCollections, username, params, options);
  }
}
