import * as ops from '../../../../generated/csghub.operations.js';
import type { components } from '../../../../generated/csghub.js';
import type {
  AccountingSubscription,
  AccountingSubscriptionBill,
  AccountingSubscriptionChangeParams,
  AccountingSubscriptionGetStatusParams,
  AccountingSubscriptionListBillsParams,
  AccountingSubscriptionListParams,
  AccountingSubscriptionStatus,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, summarisedItems, type CsghubPage } from '../../pagination.js';

type Schemas = components['schemas'];

export type AccountingSubscriptionSummary = Omit<Schemas['AccountingSubscriptionPage'], 'data'>;
export type AccountingSubscriptionBillSummary = Omit<
  Schemas['AccountingSubscriptionBillPage'],
  'data'
>;

/** Monthly plans paid from the balance; money in cents (分) of CNY. */
export class AccountingSubscriptions extends APIResource {
  /** One page of subscriptions in a state; payment totals over every page are in `summary`. */
  list(
    params: AccountingSubscriptionListParams,
    options?: RequestOptions,
  ): PagePromise<
    CsghubPage<AccountingSubscription, AccountingSubscriptionSummary>,
    AccountingSubscription
  > {
    return listPages(
      this.transport,
      ops.listSubscriptions,
      { params: { query: params } },
      options,
      summarisedItems<AccountingSubscription, AccountingSubscriptionSummary>('data'),
    );
  }

  /**
   * Subscribes, changes plan (charging the balance at once) or, with `resource_id: 'free'`,
   * unsubscribes. A balance too low fails with `ACT-ERR-0` (500). Not retried automatically.
   */
  change(
    params: AccountingSubscriptionChangeParams,
    options?: RequestOptions,
  ): APIPromise<AccountingSubscription> {
    return this.transport.request(ops.changeSubscription, { body: params }, options);
  }

  /** One page of subscription charges, `amount_paid` in cents (分); `summary.total_amount` sums every page. */
  listBills(
    params: AccountingSubscriptionListBillsParams,
    options?: RequestOptions,
  ): PagePromise<
    CsghubPage<AccountingSubscriptionBill, AccountingSubscriptionBillSummary>,
    AccountingSubscriptionBill
  > {
    return listPages(
      this.transport,
      ops.listSubscriptionBills,
      { params: { query: params } },
      options,
      summarisedItems<AccountingSubscriptionBill, AccountingSubscriptionBillSummary>('data'),
    );
  }

  /** The caller's current subscription of a product line, with the quota used this period. */
  getStatus(
    params: AccountingSubscriptionGetStatusParams,
    options?: RequestOptions,
  ): APIPromise<AccountingSubscriptionStatus> {
    return this.transport.request(
      ops.getSubscriptionStatus,
      { params: { query: params } },
      options,
    );
  }
}
