import * as ops from '../../../../generated/csghub.operations.js';
import type {
  UserSshKey,
  UserSshKeyCreateParams,
  UserSshKeyListParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import type { CsghubPage } from '../../pagination.js';
import { userPages } from './user-pages.js';

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
    return this.transport.send(
      ops.deleteUserSshKey,
      { params: { path: { username, name } } },
      options,
    );
  }
}
