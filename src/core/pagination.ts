import type { APIPromise } from './api-promise.js';

/**
 * One page of a paged list. Iterate it with `for await` to walk every item of this page and
 * of the pages after it; `items` holds this page only.
 */
export abstract class AbstractPage<Item> implements AsyncIterable<Item> {
  /** The items of this page. */
  abstract readonly items: Item[];
  /** Whether another page follows this one. */
  abstract hasNextPage(): boolean;
  /** Fetches the page after this one. */
  abstract getNextPage(): Promise<AbstractPage<Item>>;

  /** This page and every page after it. */
  async *iterPages(): AsyncGenerator<AbstractPage<Item>> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- walks forward from this page
    let page: AbstractPage<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) yield* page.items;
  }
}

/**
 * What a list method returns: await it for the first page, or iterate it with `for await`
 * to walk every item of every page.
 */
export interface PagePromise<Page extends AbstractPage<Item>, Item>
  extends APIPromise<Page>, AsyncIterable<Item> {}

async function* iterateAll<Item>(this: APIPromise<AbstractPage<Item>>): AsyncGenerator<Item> {
  yield* await this;
}

/** Makes the promise of a first page iterable over every item of every page. */
export function pagePromise<Page extends AbstractPage<Item>, Item>(
  first: APIPromise<Page>,
): PagePromise<Page, Item> {
  const promise = first as PagePromise<Page, Item>;
  promise[Symbol.asyncIterator] = iterateAll as () => AsyncGenerator<Item>;
  return promise;
}
