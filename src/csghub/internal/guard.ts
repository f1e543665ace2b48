import { apiPromise, type APIPromise } from '../../core/api-promise.js';
import { pagePromise, type AbstractPage, type PagePromise } from '../../core/pagination.js';

/**
 * Runs a call that may throw while building its arguments (a malformed id), so that the
 * failure rejects the returned promise like every other failure instead of throwing.
 */
export function guarded<T>(call: () => APIPromise<T>): APIPromise<T> {
  try {
    return call();
  } catch (error) {
    return apiPromise(Promise.reject(error as Error), {});
  }
}

/** `guarded` for paged lists. */
export function guardedPage<Page extends AbstractPage<Item>, Item>(
  call: () => PagePromise<Page, Item>,
): PagePromise<Page, Item> {
  try {
    return call();
  } catch (error) {
    return pagePromise(apiPromise(Promise.reject(error as Error), {}));
  }
}
