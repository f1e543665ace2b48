import * as ops from '../../../../generated/csghub.operations.js';
import type { components } from '../../../../generated/csghub.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, summarisedItems, type CsghubPage } from '../../pagination.js';
import type { QueryOf } from '../../types.js';

type Schemas = components['schemas'];

/** One balance movement; money in cents (分) of CNY, negative for charges. */
export type AccountingStatement = Schemas['AccountingStatement'];

export type AccountingStatementSummary = Schemas['AccountingUsageSummary'];

export type AccountingStatementListParams = QueryOf<'listAccountStatements'>;

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
