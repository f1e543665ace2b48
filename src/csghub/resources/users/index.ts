import * as ops from '../../../../generated/csghub.operations.js';
import type {
  Code,
  Collection,
  Dataset,
  Deploy,
  McpServer,
  Model,
  Space,
  UserGetParams,
  UserListCodesParams,
  UserListCollectionsParams,
  UserListDatasetsParams,
  UserListMcpServersParams,
  UserListModelsParams,
  UserListRunsParams,
  UserListSpacesParams,
  UserProfile,
  UserSetLabelsParams,
  UserUpdateParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import type { Transport } from '../../../internal/transport.js';
import { listPages, type CsghubPage } from '../../pagination.js';
import { UserLikes } from './likes.js';
import { UserSshKeys } from './ssh-keys.js';
import { UserTokens } from './tokens.js';
import { mcpItems, userPages } from './user-pages.js';

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
    return this.transport.send(
      ops.updateUser,
      { params: { path: { username: uuid } }, body: params },
      options,
    );
  }

  /**
   * Starts deleting an account in the background (administrators). Administrators and users
   * with organizations, deploys or bills are refused (400); an unknown name answers 500.
   */
  delete(username: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteUser, { params: { path: { username } } }, options);
  }

  /** Replaces the labels of the user whose `uuid` is `id` (administrators); `[]` clears them. */
  setLabels(params: UserSetLabelsParams, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.setUserLabels, { body: params }, options);
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

  /**
   * One page of the deploys a user owns, of models or of spaces (`deploy_type` picks the kind of
   * model deploy, dedicated inference by default); iterate it for all of them. Only that user's
   * own token may ask.
   */
  listRuns(
    username: string,
    repoType: 'model' | 'space',
    params?: UserListRunsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Deploy>, Deploy> {
    const init = { params: { path: { username, repo_type: repoType }, query: { ...params } } };
    return listPages(this.transport, ops.listUserRuns, init, options);
  }
}
