import type { McpServer } from '../../../../generated/csghub.types.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import type { Operation, Transport } from '../../../internal/transport.js';
import { listPages, nestedItems, type CsghubPage, type PageExtractor } from '../../pagination.js';

/** A paged list under `/user/{username}`. */
export function userPages<Item>(
  transport: Transport,
  op: Operation,
  username: string,
  params: { page?: number; per?: number } | undefined,
  options: RequestOptions | undefined,
  extract?: PageExtractor<Item>,
): PagePromise<CsghubPage<Item>, Item> {
  const init = { params: { path: { username }, query: { ...params } } };
  return listPages(transport, op, init, options, extract);
}

export const mcpItems = nestedItems<McpServer>('data');
