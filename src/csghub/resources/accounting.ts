import * as ops from '../../../generated/csghub.operations.js';
import type { components } from '../../../generated/csghub.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { nothing } from '../../internal/payload.js';
import { APIResource } from '../../internal/resource.js';
import type { Operation, Transport } from '../../internal/transport.js';
import {
  DEFAULT_PER,
  listPages,
  nestedItems,
  pagesOf,
  summarisedItems,
  type CsghubPage,
} from '../pagination.js';
import type { BodyOf, QueryOf } from '../types.js';

type Schemas = components['schemas'];

/** An account as administrators list it; amounts in cents (分) of CNY. */
export type AccountingAccount = Schemas['AccountingAccount'];
/** An account's balance, cash and bonus parts; amounts in cents (分) of CNY. */
export type AccountingAccountBalance = Schemas['AccountingBalance'];
/** What one instance cost over the range; money in cents (分) of CNY, negative for spending. */
export type AccountingBill = Schemas['AccountingBill'];
/** Totals over every page of a bill or statement list, in cents (分) of CNY. */
export type AccountingBillSummary = Schemas['AccountingUsageSummary'];
export type AccountingStatementSummary = Schemas['AccountingUsageSummary'];
/** `sum`: the recharged amount over every page, in cents (分). */
export type AccountingRechargeSummary = Omit<Schemas['AccountingRechargePage'], 'data'>;
export type AccountingSubscriptionSummary = Omit<Schemas['AccountingSubscriptionPage'], 'data'>;
export type AccountingSubscriptionBillSummary = Omit<
  Schemas['AccountingSubscriptionBillPage'],
  'data'
>;
/** One balance movement; money in cents (分) of CNY, negative for charges. */
export type AccountingStatement = Schemas['AccountingStatement'];
/** One raw usage measurement (minutes, tokens), before pricing. */
export type AccountingMeteringRecord = Schemas['AccountingMetering'];
export type AccountingPayOrder = Schemas['AccountingPayOrder'];
export type AccountingRechargeStatus = Schemas['AccountingRechargeStatus'];
/** A recharge order; `amount` is in yuan (元), not cents. */
export type AccountingRecharge = Schemas['AccountingRecharge'];
/** An invoice request; `invoice_amount` in cents (分) of CNY. */
export type AccountingInvoice = Schemas['AccountingInvoice'];
/** Invoice totals in cents (分) of CNY. */
export type AccountingInvoiceDashboard = Schemas['AccountingInvoiceDashboard'];
/** A month that can still be invoiced, with its `amount` in cents (分) of CNY. */
export type AccountingInvoicableMonth = Schemas['AccountingInvoicable'];
export type AccountingInvoiceTitle = Schemas['AccountingInvoiceTitle'];
/** A price: `sku_price` cents (分) of CNY for `sku_unit` units of `sku_unit_type`. */
export type AccountingPrice = Schemas['AccountingPrice'];
/** A subscription; `amount_paid_total` in cents (分) of CNY. */
export type AccountingSubscription = Schemas['AccountingSubscription'];
/** One charge of a subscription; `amount_paid` in cents (分) of CNY. */
export type AccountingSubscriptionBill = Schemas['AccountingSubscriptionBill'];
export type AccountingSubscriptionStatus = Schemas['AccountingSubscriptionStatus'];

/** A POST list's body with its page fields optional: the list fills them in as it walks. */
type BodyPaged<B> = Omit<B, 'page' | 'page_size'> & {
  page?: number | undefined;
  /** Items per page, 1 to 100. @default 50 */
  page_size?: number | undefined;
};

export type AccountingBalanceListAllParams = QueryOf<'listAccountBalances'>;
/** `low_balance_warn` in cents (分) of CNY. */
export type AccountingBalanceSetLowBalanceWarningParams = BodyOf<'setLowBalanceWarning'>;
export type AccountingBillListParams = QueryOf<'listAccountBills'>;
export type AccountingStatementListParams = QueryOf<'listAccountStatements'>;
export type AccountingMeteringListParams = QueryOf<'listMeteringRecords'>;
/** `rechargeAmount` in yuan (元), not cents. */
export type AccountingRechargeCreatePayOrderParams = BodyOf<'createRechargeOrder'>;
export type AccountingRechargeListParams = QueryOf<'listAccountRecharges'>;
export type AccountingRechargeListMineParams = QueryOf<'listMyRecharges'>;
export type AccountingRechargeListAllParams = QueryOf<'listAllRecharges'>;
export type AccountingInvoiceListParams = BodyPaged<BodyOf<'listInvoices'>>;
/** `invoice_amount` in cents (分) of CNY, as the invoicable months give it. */
export type AccountingInvoiceCreateParams = BodyOf<'createInvoice'>;
export type AccountingInvoiceGetDashboardParams = BodyOf<'getInvoiceDashboard'>;
export type AccountingInvoiceListInvoicableMonthsParams = BodyPaged<BodyOf<'listInvoicableMonths'>>;
export type AccountingInvoiceTitleListParams = BodyPaged<BodyOf<'listInvoiceTitles'>>;
export type AccountingInvoiceTitleCreateParams = BodyOf<'createInvoiceTitle'>;
export type AccountingInvoiceTitleUpdateParams = BodyOf<'updateInvoiceTitle'>;
export type AccountingInvoiceAdminListParams = BodyPaged<BodyOf<'listAllInvoices'>>;
export type AccountingInvoiceAdminUpdateParams = BodyOf<'updateInvoiceAsAdmin'>;
export type AccountingPriceListParams = QueryOf<'listSkuPrices'>;
/** `sku_price` in cents (分) of CNY for `sku_unit` units. */
export type AccountingPriceCreateParams = BodyOf<'createSkuPrice'>;
export type AccountingPriceUpdateParams = BodyOf<'updateSkuPrice'>;
export type AccountingSubscriptionListParams = QueryOf<'listSubscriptions'>;
export type AccountingSubscriptionChangeParams = BodyOf<'changeSubscription'>;
export type AccountingSubscriptionListBillsParams = QueryOf<'listSubscriptionBills'>;
export type AccountingSubscriptionGetStatusParams = QueryOf<'getSubscriptionStatus'>;

/** A list read sent as POST, paged by `page`/`page_size` in the body; items in `data.data`. */
function bodyPages<Item>(
  transport: Transport,
  op: Operation,
  params: BodyPaged<object> | undefined,
  options: RequestOptions | undefined,
): PagePromise<CsghubPage<Item>, Item> {
  const { page: first = 1, page_size: per = DEFAULT_PER, ...body } = params ?? {};
  return pagesOf(
    transport,
    op,
    (page, pageSize) => ({ body: { ...body, page, page_size: pageSize } }),
    first,
    per,
    options,
    nestedItems<Item>('data'),
  );
}

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
    return this.transport.request(ops.setLowBalanceWarning, { body: params }, options, nothing);
  }
}

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

/** Balance movements of an account. */
export class AccountingStatements extends APIResource {
  /**
   * One page of a scene's balance movements, newest first, in cents (分) of CNY (negative for
   * charges). Totals over every page (`total_value`, …) are in the page's `summary`.
   */
  list(
    ownerUuid: string,
    params: AccountingStatementListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingStatement, AccountingStatementSummary>, AccountingStatement> {
    return listPages(
      this.transport,
      ops.listAccountStatements,
      { params: { path: { id: ownerUuid }, query: params } },
      options,
      summarisedItems<AccountingStatement, AccountingStatementSummary>('data'),
    );
  }
}

/** Raw usage measurements of an account; also served by the open-source edition. */
export class AccountingMetering extends APIResource {
  /**
   * One page of a scene's usage records (minutes, tokens), newest first. Another account
   * answers 500 (`InternalServerError`), not 403.
   */
  list(
    ownerUuid: string,
    params: AccountingMeteringListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingMeteringRecord>, AccountingMeteringRecord> {
    return listPages(
      this.transport,
      ops.listMeteringRecords,
      { params: { path: { id: ownerUuid }, query: params } },
      options,
      nestedItems<AccountingMeteringRecord>('data'),
    );
  }
}

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
    return this.transport.request(ops.runWeeklyRechargeReport, {}, options, nothing);
  }
}

/** The caller's saved invoice titles (buyer details). */
export class AccountingInvoiceTitles extends APIResource {
  /** One page of the caller's invoice titles, default first; iterate it for all of them. */
  list(
    params?: AccountingInvoiceTitleListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingInvoiceTitle>, AccountingInvoiceTitle> {
    return bodyPages(this.transport, ops.listInvoiceTitles, params, options);
  }

  /** Saves a new invoice title (every call adds one). Not retried automatically. */
  create(
    params: AccountingInvoiceTitleCreateParams,
    options?: RequestOptions,
  ): APIPromise<AccountingInvoiceTitle> {
    return this.transport.request(ops.createInvoiceTitle, { body: params }, options);
  }

  /** Replaces an invoice title: send the whole title. */
  update(
    id: number,
    params: AccountingInvoiceTitleUpdateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.request(
      ops.updateInvoiceTitle,
      { params: { path: { id } }, body: params },
      options,
      nothing,
    );
  }

  /** Deletes an invoice title; invoices already requested keep their details. */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteInvoiceTitle,
      { params: { path: { id } } },
      options,
      nothing,
    );
  }
}

/** Invoice requests of every account, for finance (administrators). */
export class AccountingInvoiceAdmin extends APIResource {
  /** One page of every account's invoice requests; `invoice_amount` in cents (分). */
  list(
    params?: AccountingInvoiceAdminListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingInvoice>, AccountingInvoice> {
    return bodyPages(this.transport, ops.listAllInvoices, params, options);
  }

  /** Any account's invoice request; `invoice_amount` in cents (分). */
  get(id: number, options?: RequestOptions): APIPromise<AccountingInvoice> {
    return this.transport.request(ops.getInvoiceAsAdmin, { params: { path: { id } } }, options);
  }

  /** Records `issued` (with `invoice_url`) or `failed` (with `reason`); resolves to the invoice. */
  update(
    id: number,
    params: AccountingInvoiceAdminUpdateParams,
    options?: RequestOptions,
  ): APIPromise<AccountingInvoice> {
    return this.transport.request(
      ops.updateInvoiceAsAdmin,
      { params: { path: { id } }, body: params },
      options,
    );
  }

  /** Deletes an invoice request; its month becomes invoicable again. */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteInvoiceAsAdmin,
      { params: { path: { id } } },
      options,
      nothing,
    );
  }
}

/** The caller's invoice requests; amounts in cents (分) of CNY. */
export class AccountingInvoices extends APIResource {
  /** Saved buyer details. */
  readonly titles: AccountingInvoiceTitles;
  /** Every account's invoice requests (administrators). */
  readonly admin: AccountingInvoiceAdmin;

  constructor(transport: Transport) {
    super(transport);
    this.titles = new AccountingInvoiceTitles(transport);
    this.admin = new AccountingInvoiceAdmin(transport);
  }

  /** One page of the caller's invoice requests, filtered; iterate it for all of them. */
  list(
    params?: AccountingInvoiceListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingInvoice>, AccountingInvoice> {
    return bodyPages(this.transport, ops.listInvoices, params, options);
  }

  /** One of the caller's invoice requests; `invoice_amount` in cents (分). */
  get(id: number, options?: RequestOptions): APIPromise<AccountingInvoice> {
    return this.transport.request(ops.getInvoice, { params: { path: { id } } }, options);
  }

  /**
   * Requests an invoice of a month's cash spending, `invoice_amount` in cents (分) as the
   * invoicable months give it. Resolves to nothing: list the invoices to see it. Not retried.
   */
  create(params: AccountingInvoiceCreateParams, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(ops.createInvoice, { body: params }, options, nothing);
  }

  /** The caller's invoiced, uninvoiced and not-yet-invoicable totals, in cents (分) of CNY. */
  getDashboard(
    params: AccountingInvoiceGetDashboardParams,
    options?: RequestOptions,
  ): APIPromise<AccountingInvoiceDashboard> {
    return this.transport.request(ops.getInvoiceDashboard, { body: params }, options);
  }

  /** One page of months still to invoice, newest first, `amount` in cents (分). */
  listInvoicableMonths(
    params?: AccountingInvoiceListInvoicableMonthsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingInvoicableMonth>, AccountingInvoicableMonth> {
    return bodyPages(this.transport, ops.listInvoicableMonths, params, options);
  }
}

/** Prices of resources; `sku_price` is in cents (分) of CNY for `sku_unit` units. */
export class AccountingPrices extends APIResource {
  /** One page of a product line's prices (enabled ones unless `sku_status` says otherwise). */
  list(
    params: AccountingPriceListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AccountingPrice>, AccountingPrice> {
    return listPages(
      this.transport,
      ops.listSkuPrices,
      { params: { query: params } },
      options,
      nestedItems<AccountingPrice>('data'),
    );
  }

  /** One price. */
  get(id: number, options?: RequestOptions): APIPromise<AccountingPrice> {
    return this.transport.request(ops.getSkuPrice, { params: { path: { id } } }, options);
  }

  /**
   * Adds a price, `sku_price` in cents (分), disabling the resource's other enabled prices of
   * that kind (administrators). Not retried automatically.
   */
  create(
    params: AccountingPriceCreateParams,
    options?: RequestOptions,
  ): APIPromise<AccountingPrice> {
    return this.transport.request(ops.createSkuPrice, { body: params }, options);
  }

  /** Changes the given fields of a price (administrators); left-out fields keep their value. */
  update(
    id: number,
    params: AccountingPriceUpdateParams,
    options?: RequestOptions,
  ): APIPromise<AccountingPrice> {
    return this.transport.request(
      ops.updateSkuPrice,
      { params: { path: { id } }, body: params },
      options,
    );
  }

  /** Deletes a price (administrators); prefer disabling one that already priced usage. */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteSkuPrice,
      { params: { path: { id } } },
      options,
      nothing,
    );
  }
}

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

/**
 * Balances, bills, recharges, invoices, prices and subscriptions. Needs a hub with the billing
 * module (as hub.opencsg.com); elsewhere these routes answer 404 (`NotFoundError`), except
 * `metering`. Money is in cents (分) of CNY unless a method says yuan (元).
 */
export class Accounting extends APIResource {
  readonly balance: AccountingBalance;
  readonly bills: AccountingBills;
  readonly statements: AccountingStatements;
  readonly metering: AccountingMetering;
  readonly recharges: AccountingRecharges;
  readonly invoices: AccountingInvoices;
  readonly prices: AccountingPrices;
  readonly subscriptions: AccountingSubscriptions;

  constructor(transport: Transport) {
    super(transport);
    this.balance = new AccountingBalance(transport);
    this.bills = new AccountingBills(transport);
    this.statements = new AccountingStatements(transport);
    this.metering = new AccountingMetering(transport);
    this.recharges = new AccountingRecharges(transport);
    this.invoices = new AccountingInvoices(transport);
    this.prices = new AccountingPrices(transport);
    this.subscriptions = new AccountingSubscriptions(transport);
  }
}
