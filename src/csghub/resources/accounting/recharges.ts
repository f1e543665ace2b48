import * as ops from '../../../../generated/csghub.operations.js';
import type { components } from '../../../../generated/csghub.js';
import type {
  AccountingPayOrder,
  AccountingRecharge,
  AccountingRechargeCreatePayOrderParams,
  AccountingRechargeListAllParams,
  AccountingRechargeListMineParams,
  AccountingRechargeListParams,
  AccountingRechargeStatus,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, summarisedItems, type CsghubPage } from '../../pagination.js';

type Schemas = components['schemas'];

/** `sum`: the recharged amount over every page, in cents (分). */
export type AccountingRechargeSummary = Omit<Schemas['AccountingRechargePage'], 'data'>;

/** Online recharge orders. Order `amount`s are in yuan (元); balances are in cents (分). */
export class AccountingRecharges extends APIResource {
  /**
   * Creates a payment order for `rechargeAmount` yuan (元), not cents; `content` is what to show
   * the payer (a QR code URL). Every call creates an order: not retried automatically.
   */
  createPayOrder(
    params: AccountingRechargeCreatePayOrderParams,
    options?: RequestOptions,
  ): APIPromise<AccountingPayOrder> {
    return this.transport.request(ops.createRechargeOrder, { body: params }, options);
  }

  /** Whether a recharge (the pay order's `rechargeUUID`) has been paid; poll it. */
  getStatus(rechargeUuid: string, options?: RequestOptions): APIPromise<AccountingRechargeStatus> {
    return this.transport.request(
      ops.getRechargeStatus,
      { params: { path: { id: rechargeUuid } } },
      options,
    );
  }

  /** One page of an account's recharge orders, newest first; `amount` in yuan (元). */
  list(
    params: AccountingRechargeListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingRecharge, AccountingRechargeSummary>, AccountingRecharge> {
    return listPages(
      this.transport,
      ops.listAccountRecharges,
      { params: { query: params } },
      options,
      summarisedItems<AccountingRecharge, AccountingRechargeSummary>('data'),
    );
  }

  /** One page of the caller's own recharge orders, newest first; `amount` in yuan (元). */
  listMine(
    params: AccountingRechargeListMineParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingRecharge, AccountingRechargeSummary>, AccountingRecharge> {
    return listPages(
      this.transport,
      ops.listMyRecharges,
      { params: { query: params } },
      options,
      summarisedItems<AccountingRecharge, AccountingRechargeSummary>('data'),
    );
  }

  /** One page of every account's recharge orders (administrators); `amount` in yuan (元). */
  listAll(
    params: AccountingRechargeListAllParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingRecharge, AccountingRechargeSummary>, AccountingRecharge> {
    return listPages(
      this.transport,
      ops.listAllRecharges,
      { params: { query: params } },
      options,
      summarisedItems<AccountingRecharge, AccountingRechargeSummary>('data'),
    );
  }

  /** Computes and sends the weekly recharge report now (administrators). Not retried. */
  runWeeklyReport(options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.runWeeklyRechargeReport, {}, options);
  }
}
