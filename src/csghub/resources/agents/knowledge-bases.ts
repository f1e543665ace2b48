import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AgentKnowledgeBase,
  AgentKnowledgeBaseCreateParams,
  AgentKnowledgeBaseDetail,
  AgentKnowledgeBaseListItem,
  AgentKnowledgeBaseListParams,
  AgentKnowledgeBaseUpdateByContentIdParams,
  AgentKnowledgeBaseUpdateParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, type CsghubPage } from '../../pagination.js';

/**
 * Knowledge bases agents answer from: the user's own and every public one. Enterprise and SaaS
 * editions only. An unknown id answers 500 (`not found`), not 404.
 */
export class AgentKnowledgeBases extends APIResource {
  /** One page of the user's own and public knowledge bases, pinned first; iterate it for all. */
  list(
    params?: AgentKnowledgeBaseListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AgentKnowledgeBaseListItem>, AgentKnowledgeBaseListItem> {
    return listPages(
      this.transport,
      ops.listAgentKnowledgeBases,
      { params: { query: { ...params } } },
      options,
    );
  }

  /** Creates a knowledge base; a name you already use fails with `AGENT-ERR-2`. Not retried automatically. */
  create(
    params: AgentKnowledgeBaseCreateParams,
    options?: RequestOptions,
  ): APIPromise<AgentKnowledgeBase> {
    return this.transport.request(ops.createAgentKnowledgeBase, { body: params }, options);
  }

  /** One knowledge base; another user's private one answers 403, an unknown id 500. */
  get(id: number, options?: RequestOptions): APIPromise<AgentKnowledgeBaseDetail> {
    return this.transport.request(ops.getAgentKnowledgeBase, { params: { path: { id } } }, options);
  }

  /** Changes the given fields (owner only); an unknown id answers 500. */
  update(
    id: number,
    params: AgentKnowledgeBaseUpdateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.updateAgentKnowledgeBase,
      { params: { path: { id } }, body: params },
      options,
    );
  }

  /** Deletes a knowledge base and its retrieval flow (owner only); an unknown id answers 500. */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteAgentKnowledgeBase, { params: { path: { id } } }, options);
  }

  /** Changes the given fields of the knowledge base with this `content_id` (owner only). */
  updateByContentId(
    contentId: string,
    params: AgentKnowledgeBaseUpdateByContentIdParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.updateAgentKnowledgeBaseByContentId,
      { params: { path: { content_id: contentId } }, body: params },
      options,
    );
  }

  /** Deletes the knowledge base with this `content_id` (owner only). */
  deleteByContentId(contentId: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(
      ops.deleteAgentKnowledgeBaseByContentId,
      { params: { path: { content_id: contentId } } },
      options,
    );
  }
}
