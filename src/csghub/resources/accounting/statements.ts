import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AccountingStatement,
  AccountingStatementListParams,
  AccountingStatementSummary,
} from '../../../../generated/csghub.types.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, summarisedItems, type CsghubPage } from '../../pagination.js';

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
