import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AccountingInvoiceTitle,
  AccountingInvoiceTitleCreateParams,
  AccountingInvoiceTitleUpdateParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import type { CsghubPage } from '../../pagination.js';
import type { BodyOf } from '../../types.js';
import { bodyPages, type BodyPaged } from './body-pages.js';

export type AccountingInvoiceTitleListParams = BodyPaged<BodyOf<'listInvoiceTitles'>>;

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
    return this.transport.send(
      ops.updateInvoiceTitle,
      { params: { path: { id } }, body: params },
      options,
    );
  }

  /** Deletes an invoice title; invoices already requested keep their details. */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteInvoiceTitle, { params: { path: { id } } }, options);
  }
}
