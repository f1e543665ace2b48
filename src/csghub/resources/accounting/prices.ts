import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AccountingPrice,
  AccountingPriceCreateParams,
  AccountingPriceListParams,
  AccountingPriceUpdateParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, nestedItems, type CsghubPage } from '../../pagination.js';

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
    return this.transport.send(ops.deleteSkuPrice, { params: { path: { id } } }, options);
  }
}
