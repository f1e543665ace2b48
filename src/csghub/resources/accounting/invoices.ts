import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AccountingInvoicableMonth,
  AccountingInvoice,
  AccountingInvoiceAdminUpdateParams,
  AccountingInvoiceCreateParams,
  AccountingInvoiceDashboard,
  AccountingInvoiceGetDashboardParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import type { Transport } from '../../../internal/transport.js';
import type { CsghubPage } from '../../pagination.js';
import type { BodyOf } from '../../types.js';
import { bodyPages, type BodyPaged } from './body-pages.js';
import { AccountingInvoiceTitles } from './invoice-titles.js';

export type AccountingInvoiceListParams = BodyPaged<BodyOf<'listInvoices'>>;
export type AccountingInvoiceListInvoicableMonthsParams = BodyPaged<BodyOf<'listInvoicableMonths'>>;
export type AccountingInvoiceAdminListParams = BodyPaged<BodyOf<'listAllInvoices'>>;

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
    return this.transport.send(ops.deleteInvoiceAsAdmin, { params: { path: { id } } }, options);
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
    return this.transport.send(ops.createInvoice, { body: params }, options);
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
