import { AbstractPage } from '../core/pagination.js';

/** The page fields CFGPU answers. */
export interface CfgpuPageContent<Item> {
  records: Item[];
  total: number;
  pageSize: number;
  currentPage: number;
  pages?: number | undefined;
}

/** A page of a CFGPU list (`currentPage`/`pageSize` in, `total`/`pages`/`records` out). */
export class CfgpuPage<Item> extends AbstractPage<Item> {
  readonly records: Item[];
  /** Items matching the filters, over all pages. */
  readonly total: number;
  readonly pageSize: number;
  /** This page's number, starting at 1. */
  readonly currentPage: number;
  readonly pages: number;
  readonly #fetchPage: (page: number) => Promise<CfgpuPage<Item>>;

  constructor(
    content: CfgpuPageContent<Item>,
    requestedPage: number,
    fetchPage: (page: number) => Promise<CfgpuPage<Item>>,
  ) {
    super();
    this.records = content.records;
    this.total = content.total;
    this.pageSize = content.pageSize;
    // Iterate by the page asked for, so a service that ignores `currentPage` cannot loop us.
    this.currentPage = requestedPage;
    this.pages =
      content.pages ?? (content.pageSize > 0 ? Math.ceil(content.total / content.pageSize) : 0);
    this.#fetchPage = fetchPage;
  }

  get items(): Item[] {
    return this.records;
  }

  hasNextPage(): boolean {
    return this.records.length > 0 && this.currentPage < this.pages;
  }

  getNextPage(): Promise<CfgpuPage<Item>> {
    return this.#fetchPage(this.currentPage + 1);
  }
}
