import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AgentPromptListItem,
  AgentPromptListParams,
  AgentPromptOptimizeParams,
  AgentPromptOptimizeResult,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, type CsghubPage } from '../../pagination.js';

/**
 * The user's prompts as agents pick them, and prompt rewriting. Enterprise and SaaS editions
 * only. Prompts themselves are created and changed as repositories.
 */
export class AgentPrompts extends APIResource {
  /** One page of the user's own prompt repositories, pinned first; iterate it for all. */
  list(
    params?: AgentPromptListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AgentPromptListItem>, AgentPromptListItem> {
    return listPages(
      this.transport,
      ops.listAgentPrompts,
      { params: { query: { ...params } } },
      options,
    );
  }

  /** Has a language model rewrite a prompt more clearly. Not retried automatically. */
  optimize(
    params: AgentPromptOptimizeParams,
    options?: RequestOptions,
  ): APIPromise<AgentPromptOptimizeResult> {
    return this.transport.request(ops.optimizeAgentPrompt, { body: params }, options);
  }
}
