import * as ops from '../../../../generated/csghub.operations.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { nothing } from '../../../internal/payload.js';
import { APIResource } from '../../../internal/resource.js';
import type { CsghubPage } from '../../pagination.js';
import type { BodyOf } from '../../types.js';
import { bodyPages, type BodyPaged } from './body-pages.js';
import type { AccountingInvoice } from './invoices.js';

export type AccountingInvoiceAdminListParams = BodyPaged<BodyOf<'listAllInvoices'>>;
export type AccountingInvoiceAdminUpdateParams = BodyOf<'updateInvoiceAsAdmin'>;

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
