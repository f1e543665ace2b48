import * as ops from '../../../../generated/csghub.operations.js';
import type {
  UserToken,
  UserTokenApp,
  UserTokenCreateParams,
  UserTokenListParams,
  UserTokenLookupParams,
  UserTokenRecord,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import { orEmpty } from '../../../internal/payload.js';
import { APIResource } from '../../../internal/resource.js';

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
    return this.transport.send(
      ops.deleteAccessToken,
      { params: { path: { app, token_name: tokenName } } },
      options,
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
