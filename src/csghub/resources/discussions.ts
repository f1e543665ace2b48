import * as ops from '../../../generated/csghub.operations.js';
import type { components } from '../../../generated/csghub.js';
import type {
  Discussion,
  DiscussionComment,
  DiscussionCommentCreated,
  DiscussionCreateCommentParams,
  DiscussionCreateParams,
  DiscussionDetail,
  DiscussionGetParams,
  DiscussionListCommentsParams,
  DiscussionListParams,
  DiscussionUpdateCommentParams,
  DiscussionUpdateParams,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import { InvalidArgumentError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import type { Operation } from '../../internal/transport.js';
import { splitRepoId, type RepoId } from '../ids.js';
import { envelopeItems, listPages, type CsghubPage, type PageExtractor } from '../pagination.js';
import { guarded, guardedPage } from '../internal/guard.js';

type Schemas = components['schemas'];

/** A repository kind, named as the client's resources are (`csghub.models`, …). */
export type RepoKind = 'models' | 'datasets' | 'codes' | 'spaces' | 'mcps';

const KINDS: readonly string[] = ['models', 'datasets', 'codes', 'spaces', 'mcps'];

/** `{repo_type}` is the kind, except that MCP servers are `mcpserver` (`mcps` finds nothing). */
function repoPath(kind: RepoKind, id: RepoId, op: Operation) {
  if (!KINDS.includes(kind)) {
    throw new InvalidArgumentError(
      `repository kind ${JSON.stringify(kind)} is not one of ${KINDS.join(', ')}`,
      op,
    );
  }
  return { repo_type: kind === 'mcps' ? 'mcpserver' : kind, ...splitRepoId(id, op) };
}

/** Items in `data.discussions` (`null` when none), count in the envelope's `total`. */
const discussionItems: PageExtractor<Discussion> = (data, body) => ({
  total: envelopeItems(data, body).total,
  items: (data as Schemas['DiscussionList'] | undefined)?.discussions ?? [],
});

const path = (id: number) => ({ path: { id } });
/** The service reads the comment from `{id}`, not `{comment_id}`: its id goes in both. */
const commentPath = (commentId: number) => ({ path: { id: commentId, comment_id: commentId } });

/** Discussions on a repository and their comments. Discussion and comment ids are global. */
export class Discussions extends APIResource {
  /** One page of a repository's discussions, newest first; iterate it for all of them. */
  list(
    kind: RepoKind,
    id: RepoId,
    params?: DiscussionListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<Discussion>, Discussion> {
    const op = ops.listDiscussions;
    return guardedPage(() =>
      listPages(
        this.transport,
        op,
        { params: { path: repoPath(kind, id, op), query: { ...params } } },
        options,
        discussionItems,
      ),
    );
  }

  /** Opens a discussion; post its first message with `createComment`. Not retried automatically. */
  create(
    kind: RepoKind,
    id: RepoId,
    params: DiscussionCreateParams,
    options?: RequestOptions,
  ): APIPromise<Discussion> {
    const op = ops.createDiscussion;
    return guarded(() =>
      this.transport.request(
        op,
        { params: { path: repoPath(kind, id, op) }, body: params },
        options,
      ),
    );
  }

  /** One discussion with a page of its comments (`comments.total` counts them all). */
  get(
    id: number,
    params?: DiscussionGetParams,
    options?: RequestOptions,
  ): APIPromise<DiscussionDetail> {
    return this.transport.request(
      ops.getDiscussion,
      { params: { ...path(id), query: { ...params } } },
      options,
    );
  }

  /** Renames a discussion (its author only). */
  update(
    id: number,
    params: DiscussionUpdateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(ops.updateDiscussion, { params: path(id), body: params }, options);
  }

  /** Deletes a discussion (its author only). */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteDiscussion, { params: path(id) }, options);
  }

  /** One page of a discussion's comments, newest first; iterate it for all of them. */
  listComments(
    id: number,
    params?: DiscussionListCommentsParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<DiscussionComment>, DiscussionComment> {
    return listPages(
      this.transport,
      ops.listDiscussionComments,
      { params: { ...path(id), query: { ...params } } },
      options,
    );
  }

  /** Posts a comment in a discussion. Not retried automatically. */
  createComment(
    id: number,
    params: DiscussionCreateCommentParams,
    options?: RequestOptions,
  ): APIPromise<DiscussionCommentCreated> {
    return this.transport.request(
      ops.createDiscussionComment,
      { params: path(id), body: params },
      options,
    );
  }

  /** Replaces a comment's text (its author only); comment ids are global, so no discussion id. */
  updateComment(
    commentId: number,
    params: DiscussionUpdateCommentParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.updateDiscussionComment,
      { params: commentPath(commentId), body: params },
      options,
    );
  }

  /** Deletes a comment (its author only); comment ids are global, so no discussion id. */
  deleteComment(commentId: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(
      ops.deleteDiscussionComment,
      { params: commentPath(commentId) },
      options,
    );
  }
}
