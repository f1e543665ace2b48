import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AccountingAccount,
  AccountingAccountBalance,
  AccountingBalanceListAllParams,
  AccountingBalanceSetLowBalanceWarningParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, nestedItems, type CsghubPage } from '../../pagination.js';

/** Balances of user and organization accounts; amounts in cents (分) of CNY. */
export class AccountingBalance extends APIResource {
  /**
   * An account's balance in cents (分) of CNY, negative when overdrawn. Any failure, including
   * an account the caller may not read, answers 500 (`InternalServerError`).
   */
  get(ownerUuid: string, options?: RequestOptions): APIPromise<AccountingAccountBalance> {
    return this.transport.request(
      ops.getAccountBalance,
      { params: { path: { id: ownerUuid } } },
      options,
    );
  }

  /** One page of every account's balance in cents (分) (administrators); iterate it for all. */
  listAll(
    params?: AccountingBalanceListAllParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingAccount>, AccountingAccount> {
    return listPages(
      this.transport,
      ops.listAccountBalances,
      { params: { query: { ...params } } },
      options,
      nestedItems<AccountingAccount>('data'),
    );
  }

  /** Sets the threshold, in cents (分) of CNY, below which the owner is warned. */
  setLowBalanceWarning(
    params: AccountingBalanceSetLowBalanceWarningParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(ops.setLowBalanceWarning, { body: params }, options);
  }
}
