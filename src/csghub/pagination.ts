import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/options.js';
import { AbstractPage, pagePromise, type PagePromise } from '../core/pagination.js';
import { orEmpty } from '../internal/payload.js';
import type { CallInit, Operation, Transport } from '../internal/transport.js';

/**
 * A page of a CSGHub list (`page`/`per` in, `data` and `total` out). Lists that nest their
 * page in `data` (`{ data: { data: [...], total, ... } }`) also keep that object as `summary`,
 * for the figures the service adds over every page (billing totals such as `total_value`).
 */
export class CsghubPage<Item, Summary = undefined> extends AbstractPage<Item> {
  readonly items: Item[];
  /** Items over all pages, when the service says. */
  readonly total: number | undefined;
  /** The nested page object as sent (its totals over every page), on nested lists. */
  readonly summary: Summary;
  /** This page's number, starting at 1. */
  readonly page: number;
  readonly per: number;
  readonly #fetchPage: (page: number) => Promise<CsghubPage<Item, Summary>>;

  constructor(
    { items, total, summary }: PageContent<Item, Summary>,
    page: number,
    per: number,
    fetchPage: (page: number) => Promise<CsghubPage<Item, Summary>>,
  ) {
    super();
    this.items = items;
    this.total = total;
    this.summary = summary as Summary;
    this.page = page;
    this.per = per;
    this.#fetchPage = fetchPage;
  }

  hasNextPage(): boolean {
    if (this.items.length === 0) return false;
    // Without a total, a full page suggests more.
    return this.total === undefined
      ? this.items.length >= this.per
      : this.page * this.per < this.total;
  }

  getNextPage(): Promise<CsghubPage<Item, Summary>> {
    return this.#fetchPage(this.page + 1);
  }
}

/** What a page holds. */
export interface PageContent<Item, Summary = undefined> {
  items: Item[];
  total: number | undefined;
  summary?: Summary;
}

/** Where a list's items and total sit in an answer. */
export type PageExtractor<Item, Summary = undefined> = (
  data: unknown,
  body: unknown,
) => PageContent<Item, Summary>;

const numberOrUndefined = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** Items in `data`, count in the envelope's `total` (most lists). */
export const envelopeItems: PageExtractor<unknown> = (data, body) => ({
  items: orEmpty(data),
  total: numberOrUndefined((body as { total?: unknown } | undefined)?.total),
});

/** Items in `data[key]`, count in `data.total` (lists that nest their page inside `data`). */
export function nestedItems<Item>(key: string): PageExtractor<Item> {
  return (data) => {
    const page = (data ?? {}) as Record<string, unknown>;
    return {
      items: orEmpty<Item>(page[key]),
      total: numberOrUndefined(page['total']),
    };
  };
}

/** As `nestedItems`, keeping the nested object as the page's `summary` (totals over all pages). */
export function summarisedItems<Item, Summary>(key: string): PageExtractor<Item, Summary> {
  const extract = nestedItems<Item>(key);
  return (data, body) => ({ ...extract(data, body), summary: (data ?? {}) as Summary });
}

/** The service's default page size. */
export const DEFAULT_PER = 50;

/**
 * A paged list: awaitable for the first page, async-iterable over every item of every page.
 * `query.page`/`query.per` pick where to start and the page size.
 */
export function listPages<Item, Summary = undefined>(
  transport: Transport,
  op: Operation,
  init: CallInit & { params?: { query?: { page?: number | undefined; per?: number | undefined } } },
  options: RequestOptions | undefined,
  extract: PageExtractor<Item, Summary> = envelopeItems as PageExtractor<Item, Summary>,
): PagePromise<CsghubPage<Item, Summary>, Item> {
  const query = init.params?.query ?? {};
  return pagesOf(
    transport,
    op,
    {
      pageInit: (page, per) => ({
        ...init,
        params: { ...init.params, query: { ...query, page, per } },
      }),
      first: query.page ?? 1,
      per: query.per ?? DEFAULT_PER,
      extract,
    },
    options,
  );
}

/** How a list is walked: where it starts, the page size, and how one page is asked for and read. */
export interface PageWalk<Item, Summary = undefined> {
  /** The request for one page: `page`/`per` in the query for most lists, in the body for reads sent as POST. */
  pageInit: (page: number, per: number) => CallInit;
  /** The page to start from, counting from 1. */
  first: number;
  per: number;
  /** Where the items and the total sit in an answer. */
  extract: PageExtractor<Item, Summary>;
}

/** The paging machinery under every CSGHub list. */
export function pagesOf<Item, Summary = undefined>(
  transport: Transport,
  op: Operation,
  { pageInit, first, per, extract }: PageWalk<Item, Summary>,
  options: RequestOptions | undefined,
): PagePromise<CsghubPage<Item, Summary>, Item> {
  const fetchPage = (page: number): APIPromise<CsghubPage<Item, Summary>> =>
    transport.request(
      op,
      pageInit(page, per),
      options,
      (data, body) => new CsghubPage(extract(data, body), page, per, fetchPage),
    );
  return pagePromise(fetchPage(first));
}
