import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AgentInstance,
  AgentTemplate,
  AgentTemplateCreateParams,
  AgentTemplateListInstancesParams,
  AgentTemplateListParams,
  AgentTemplateUpdateParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, type CsghubPage } from '../../pagination.js';

/**
 * Templates agent instances are created from. Enterprise and SaaS editions only. An unknown id
 * answers 500 (`SYS-ERR-3`), not 404.
 */
export class AgentTemplates extends APIResource {
  /** One page of the user's own and public templates, without `content`; iterate it for all. */
  list(
    params?: AgentTemplateListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AgentTemplate>, AgentTemplate> {
    return listPages(
      this.transport,
      ops.listAgentTemplates,
      { params: { query: { ...params } } },
      options,
    );
  }

  /** Creates a template (`csgclaw` ones are refused with `AGENT-ERR-17`). Not retried automatically. */
  create(params: AgentTemplateCreateParams, options?: RequestOptions): APIPromise<AgentTemplate> {
    return this.transport.request(ops.createAgentTemplate, { body: params }, options);
  }

  /** One template with its `content`; another user's private one answers 403. */
  get(id: number, options?: RequestOptions): APIPromise<AgentTemplate> {
    return this.transport.request(ops.getAgentTemplate, { params: { path: { id } } }, options);
  }

  /**
   * Changes a template (owner only); `type` and `name` must be sent, `type` is never changed.
   * Resolves to the request echoed with the id, not the stored template.
   */
  update(
    id: number,
    params: AgentTemplateUpdateParams,
    options?: RequestOptions,
  ): APIPromise<AgentTemplate> {
    return this.transport.request(
      ops.updateAgentTemplate,
      { params: { path: { id } }, body: params },
      options,
    );
  }

  /** Deletes a template; its instances stay (owner only). */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteAgentTemplate, { params: { path: { id } } }, options);
  }

  /** One page of the instances made from a template the user can see; an unknown id lists none. */
  listInstances(
    id: number,
    params?: AgentTemplateListInstancesParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AgentInstance>, AgentInstance> {
    return listPages(
      this.transport,
      ops.listAgentTemplateInstances,
      { params: { path: { id }, query: { ...params } } },
      options,
    );
  }
}
