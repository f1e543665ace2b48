import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AccountingBill,
  AccountingBillListParams,
  AccountingBillSummary,
} from '../../../../generated/csghub.types.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, summarisedItems, type CsghubPage } from '../../pagination.js';

/** Per-instance bills of an account. */
export class AccountingBills extends APIResource {
  /**
   * One page of per-instance bills of a scene over a range of days, in cents (分) of CNY,
   * negative for spending. Totals over every page (`total_value`, …) are in the page's `summary`.
   */
  list(
    ownerUuid: string,
    params: AccountingBillListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingBill, AccountingBillSummary>, AccountingBill> {
    return listPages(
      this.transport,
      ops.listAccountBills,
      { params: { path: { id: ownerUuid }, query: params } },
      options,
      summarisedItems<AccountingBill, AccountingBillSummary>('data'),
    );
  }
}
