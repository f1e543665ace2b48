import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AccountingMeteringListParams,
  AccountingMeteringRecord,
} from '../../../../generated/csghub.types.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, nestedItems, type CsghubPage } from '../../pagination.js';

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
