import * as ops from '../../../generated/csghub.operations.js';
import type {
  Tag,
  TagCategory,
  TagCreateCategoryParams,
  TagCreateParams,
  TagListParams,
  TagUpdateCategoryParams,
  TagUpdateParams,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import { listPages, type CsghubPage } from '../pagination.js';
import { orEmpty } from '../../internal/payload.js';

/** The tags repositories and organizations are labelled with, and their categories. */
export class Tags extends APIResource {
  /** One page of tags, newest first, optionally filtered; iterate it for all of them. */
  list(params?: TagListParams, options?: RequestOptions): PagePromise<CsghubPage<Tag>, Tag> {
    return listPages(this.transport, ops.listTags, { params: { query: { ...params } } }, options);
  }

  /** Creates a tag (administrators). Not retried automatically. */
  create(params: TagCreateParams, options?: RequestOptions): APIPromise<Tag> {
    return this.transport.request(ops.createTag, { body: params }, options);
  }

  /** One tag (administrators); `show_name` is the stored name, not a translation. */
  get(id: number, options?: RequestOptions): APIPromise<Tag> {
    return this.transport.request(ops.getTag, { params: { path: { id } } }, options);
  }

  /** Overwrites a tag (administrators): send every field, as left-out ones are cleared. */
  update(id: number, params: TagUpdateParams, options?: RequestOptions): APIPromise<Tag> {
    return this.transport.request(
      ops.updateTag,
      { params: { path: { id } }, body: params },
      options,
    );
  }

  /** Deletes a tag and takes it off every repository (administrators). */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteTag, { params: { path: { id } } }, options);
  }

  /** Every tag category of every scope (not paged). */
  listCategories(options?: RequestOptions): APIPromise<TagCategory[]> {
    return this.transport.request(ops.listTagCategories, {}, options, orEmpty<TagCategory>);
  }

  /** Creates a tag category (administrators). Not retried automatically. */
  createCategory(
    params: TagCreateCategoryParams,
    options?: RequestOptions,
  ): APIPromise<TagCategory> {
    return this.transport.request(ops.createTagCategory, { body: params }, options);
  }

  /** Overwrites a tag category (administrators): send every field, as left-out ones are cleared. */
  updateCategory(
    id: number,
    params: TagUpdateCategoryParams,
    options?: RequestOptions,
  ): APIPromise<TagCategory> {
    return this.transport.request(
      ops.updateTagCategory,
      { params: { path: { id } }, body: params },
      options,
    );
  }

  /** Deletes a tag category; its tags are kept (administrators). */
  deleteCategory(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteTagCategory, { params: { path: { id } } }, options);
  }
}
