import * as ops from '../../../generated/csghub.operations.js';
import type {
  DatasetViewerCatalog,
  DatasetViewerListRowsParams,
  DatasetViewerPreviewFileParams,
  DatasetViewerRows,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import { pagePromise, type PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import type { Operation, PathValue } from '../../internal/transport.js';
import { encodeFilePath, splitRepoId, type RepoId } from '../ids.js';
import { CsghubPage, DEFAULT_PER } from '../pagination.js';
import { guardedPage } from '../internal/guard.js';
import { repoCall } from '../internal/repo-call.js';

/** One row: a value per column, in column order. */
export type DatasetViewerRow = unknown[];

/**
 * A page of rows with the columns that say what each cell holds. Iterate it (or the promise
 * of it) to walk every row of every page.
 */
export class DatasetViewerRowsPage extends CsghubPage<DatasetViewerRow> {
  /** Column names, in the order of each row's cells. */
  readonly columns: string[];
  /** Type of each column: Parquet physical types from the unfiltered reader, DuckDB names otherwise. */
  readonly columns_type: string[];
  readonly #fetchRows: (page: number) => Promise<DatasetViewerRowsPage>;

  constructor(
    data: DatasetViewerRows | null | undefined,
    page: number,
    per: number,
    fetchPage: (page: number) => Promise<DatasetViewerRowsPage>,
  ) {
    super({ items: data?.rows ?? [], total: data?.total }, page, per, fetchPage);
    this.columns = data?.columns ?? [];
    this.columns_type = data?.columns_type ?? [];
    this.#fetchRows = fetchPage;
  }

  override getNextPage(): Promise<DatasetViewerRowsPage> {
    return this.#fetchRows(this.page + 1);
  }
}

/**
 * The dataset viewer: a dataset's subsets and splits, and their rows a page at a time. Served by
 * a separate service that needs a token, reads the default branch only, and answers most
 * failures (an unknown dataset too) with 500 and a code such as `SYS-ERR-3`.
 */
export class DatasetViewer extends APIResource {
  /** The subsets (configs), their splits and row counts, and the state of the Parquet conversion. */
  getCatalog(id: RepoId, options?: RequestOptions): APIPromise<DatasetViewerCatalog> {
    return repoCall(this.transport, ops.getDatasetViewerCatalog, { repo: id }, options);
  }

  /**
   * One page of rows of a split (`config` and `split` as the catalog names them), optionally
   * filtered by `where` and sorted by `orderby`. Await it for the page, or iterate it to walk
   * every row of every page.
   */
  listRows(
    id: RepoId,
    params: DatasetViewerListRowsParams,
    options?: RequestOptions,
  ): PagePromise<DatasetViewerRowsPage, DatasetViewerRow> {
    const op = ops.listDatasetViewerRows;
    return guardedPage(() => this.#pages(op, splitRepoId(id, op), params, options));
  }

  /**
   * One page of rows of a single Parquet file stored with Git LFS; iterate it to walk the whole
   * file. Other files answer 500 (`SYS-ERR-5`).
   */
  previewFile(
    id: RepoId,
    path: string,
    params?: DatasetViewerPreviewFileParams,
    options?: RequestOptions,
  ): PagePromise<DatasetViewerRowsPage, DatasetViewerRow> {
    const op = ops.previewDatasetFile;
    return guardedPage(() =>
      this.#pages(
        op,
        { ...splitRepoId(id, op), file_path: encodeFilePath(path, op) },
        { ...params },
        options,
      ),
    );
  }

  /** `listPages`, but keeping the columns that travel beside the rows in `data`. */
  #pages(
    op: Operation,
    path: Record<string, PathValue>,
    query: { page?: number | undefined; per?: number | undefined },
    options: RequestOptions | undefined,
  ): PagePromise<DatasetViewerRowsPage, DatasetViewerRow> {
    const per = query.per ?? DEFAULT_PER;
    const fetchPage = (page: number): APIPromise<DatasetViewerRowsPage> =>
      this.transport.request(
        op,
        { params: { path, query: { ...query, page, per } } },
        options,
        (data) => new DatasetViewerRowsPage(data as DatasetViewerRows, page, per, fetchPage),
      );
    return pagePromise(fetchPage(query.page ?? 1));
  }
}
