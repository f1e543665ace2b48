import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import type { Operation, Transport } from '../../../internal/transport.js';
import { DEFAULT_PER, nestedItems, pagesOf, type CsghubPage } from '../../pagination.js';

/** A POST list's body with its page fields optional: the list fills them in as it walks. */
export type BodyPaged<B> = Omit<B, 'page' | 'page_size'> & {
  page?: number | undefined;
  /** Items per page, 1 to 100. @default 50 */
  page_size?: number | undefined;
};

/** A list read sent as POST, paged by `page`/`page_size` in the body; items in `data.data`. */
export function bodyPages<Item>(
  transport: Transport,
  op: Operation,
  params: BodyPaged<object> | undefined,
  options: RequestOptions | undefined,
): PagePromise<CsghubPage<Item>, Item> {
  const { page: first = 1, page_size: per = DEFAULT_PER, ...body } = params ?? {};
  return pagesOf(
    transport,
    op,
    {
      pageInit: (page, pageSize) => ({ body: { ...body, page, page_size: pageSize } }),
      first,
      per,
      extract: nestedItems<Item>('data'),
    },
    options,
  );
}
