import * as ops from '../../../generated/csghub.operations.js';
import type { components } from '../../../generated/csghub.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import type { AgentInstance } from './agent-sessions.js';
import { nothing } from '../../internal/payload.js';
import { listPages, type CsghubPage } from '../pagination.js';
import { jsonEvents, monitorEvents } from '../streams.js';
import type { BodyOf, QueryOf } from '../types.js';

type Schemas = components['schemas'];

/** A knowledge base as the create call answers it. */
export type AgentKnowledgeBase = Schemas['AgentKnowledgeBase'];
export type AgentKnowledgeBaseListItem = Schemas['AgentKnowledgeBaseListItem'];
/** One knowledge base with its owner and metadata. */
export type AgentKnowledgeBaseDetail = Schemas['AgentKnowledgeBaseDetail'];
export type AgentTemplate = Schemas['AgentTemplate'];
/** An agent instance created from a template. */
/** One of the user's prompt repositories, as an agent's prompt picker shows it. */
export type AgentPromptListItem = Schemas['AgentPromptListItem'];
export type AgentPromptOptimizeResult = Schemas['AgentPromptOptimizeResult'];
/** A fine-tuning job or inference deploy an agent started; its state is `task_status`. */
export type AgentTaskListItem = Schemas['AgentTaskListItem'];
/** One task with its agent, session and backend details; its state is `status`. */
export type AgentTaskDetail = Schemas['AgentTaskDetail'];
export type AgentTaskStatus = Schemas['AgentTaskStatus'];
export type AgentTaskType = Schemas['AgentTaskType'];
/** An MCP server as the create call answers it: `id` is the bare number of `user:{id}`. */
export type AgentMcpServer = Schemas['AgentMcpServer'];
export type AgentMcpServerListItem = Schemas['AgentMcpServerListItem'];
/** One MCP server with its connection settings and last inspection. */
export type AgentMcpServerDetail = Schemas['AgentMcpServerDetail'];
export type AgentMcpServerProtocol = Schemas['AgentMcpServerProtocol'];
export type AgentMcpCapabilities = Schemas['AgentMcpCapabilities'];
export type AgentMcpServerInspectResult = Schemas['AgentMcpServerInspectResult'];

/** One reading of a followed MCP server's connection state. */
export interface AgentMcpServerStatusEvent {
  /** `builtin:{n}` or `user:{n}`. */
  id: string;
  status: 'connected' | 'error';
  /** Why the check failed, when it did. */
  error?: string;
}

export type AgentKnowledgeBaseListParams = QueryOf<'listAgentKnowledgeBases'>;
export type AgentKnowledgeBaseCreateParams = BodyOf<'createAgentKnowledgeBase'>;
export type AgentKnowledgeBaseUpdateParams = BodyOf<'updateAgentKnowledgeBase'>;
export type AgentKnowledgeBaseUpdateByContentIdParams =
  BodyOf<'updateAgentKnowledgeBaseByContentId'>;
export type AgentTemplateListParams = QueryOf<'listAgentTemplates'>;
export type AgentTemplateCreateParams = BodyOf<'createAgentTemplate'>;
export type AgentTemplateUpdateParams = BodyOf<'updateAgentTemplate'>;
export type AgentTemplateListInstancesParams = QueryOf<'listAgentTemplateInstances'>;
export type AgentPromptListParams = QueryOf<'listAgentPrompts'>;
export type AgentPromptOptimizeParams = BodyOf<'optimizeAgentPrompt'>;
export type AgentTaskListParams = QueryOf<'listAgentTasks'>;
export type AgentMcpServerListParams = QueryOf<'listAgentMcpServers'>;
export type AgentMcpServerCreateParams = BodyOf<'createAgentMcpServer'>;
export type AgentMcpServerUpdateParams = BodyOf<'updateAgentMcpServer'>;
export type AgentMcpServerInspectParams = BodyOf<'inspectAgentMcpServer'>;
export type AgentMcpServerSetMonitorParams = BodyOf<'setAgentMcpServerMonitor'>;

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
    return this.transport.request(
      ops.updateAgentKnowledgeBase,
      { params: { path: { id } }, body: params },
      options,
      nothing,
    );
  }

  /** Deletes a knowledge base and its retrieval flow (owner only); an unknown id answers 500. */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteAgentKnowledgeBase,
      { params: { path: { id } } },
      options,
      nothing,
    );
  }

  /** Changes the given fields of the knowledge base with this `content_id` (owner only). */
  updateByContentId(
    contentId: string,
    params: AgentKnowledgeBaseUpdateByContentIdParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.request(
      ops.updateAgentKnowledgeBaseByContentId,
      { params: { path: { content_id: contentId } }, body: params },
      options,
      nothing,
    );
  }

  /** Deletes the knowledge base with this `content_id` (owner only). */
  deleteByContentId(contentId: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteAgentKnowledgeBaseByContentId,
      { params: { path: { content_id: contentId } } },
      options,
      nothing,
    );
  }
}

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
    return this.transport.request(
      ops.deleteAgentTemplate,
      { params: { path: { id } } },
      options,
      nothing,
    );
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

/**
 * Fine-tuning jobs and inference deploys the user's agents started; read-only. Enterprise and
 * SaaS editions only. An unknown id answers 404 (`SYS-ERR-3`).
 */
export class AgentTasks extends APIResource {
  /**
   * One page of tasks, pinned first; iterate it for all. `session_uuid` needs `instance_id`;
   * another user's private instance answers 403, an unknown one 500.
   */
  list(
    params?: AgentTaskListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AgentTaskListItem>, AgentTaskListItem> {
    return listPages(
      this.transport,
      ops.listAgentTasks,
      { params: { query: { ...params } } },
      options,
    );
  }

  /** One task of the user; an unknown id or another user's task answers 404. */
  get(id: number, options?: RequestOptions): APIPromise<AgentTaskDetail> {
    return this.transport.request(ops.getAgentTask, { params: { path: { id } } }, options);
  }
}

/**
 * MCP servers agents call: the hub's built-in ones (`builtin:{n}`) and the user's own
 * (`user:{n}`). Enterprise and SaaS editions only. An unknown id answers 500 (`SYS-ERR-3`), not
 * 404.
 */
export class AgentMcpServers extends APIResource {
  /** One page of built-in and own servers with their last inspection; iterate it for all. */
  list(
    params?: AgentMcpServerListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AgentMcpServerListItem>, AgentMcpServerListItem> {
    return listPages(
      this.transport,
      ops.listAgentMcpServers,
      { params: { query: { ...params } } },
      options,
    );
  }

  /**
   * Adds a server of the user (a taken name fails with `AGENT-ERR-3`); address it as
   * `user:{id}` afterwards. Not retried automatically.
   */
  create(params: AgentMcpServerCreateParams, options?: RequestOptions): APIPromise<AgentMcpServer> {
    return this.transport.request(ops.createAgentMcpServer, { body: params }, options);
  }

  /** One server with its settings; for a built-in one, the user's headers over its defaults. */
  get(id: string, options?: RequestOptions): APIPromise<AgentMcpServerDetail> {
    return this.transport.request(ops.getAgentMcpServer, { params: { path: { id } } }, options);
  }

  /** Changes an own server; for a built-in one, saves only `headers` and `env` (installs it). */
  update(
    id: string,
    params: AgentMcpServerUpdateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.request(
      ops.updateAgentMcpServer,
      { params: { path: { id } }, body: params },
      options,
      nothing,
    );
  }

  /** Deletes an own server; for a built-in one, removes the user's settings (uninstalls it). */
  delete(id: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteAgentMcpServer,
      { params: { path: { id } } },
      options,
      nothing,
    );
  }

  /** Connects to an endpoint and reports what it offers; unreachable resolves as `status: 'error'`. */
  inspect(
    params: AgentMcpServerInspectParams,
    options?: RequestOptions,
  ): APIPromise<AgentMcpServerInspectResult> {
    return this.transport.request(ops.inspectAgentMcpServer, { body: params }, options);
  }

  /** Names the servers `streamStatus(monitor_id)` reports on. */
  setMonitor(
    params: AgentMcpServerSetMonitorParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.request(ops.setAgentMcpServerMonitor, { body: params }, options, nothing);
  }

  /** Readings of the servers set by `setMonitor`, one server each. Endless: stop iterating or abort. */
  async *streamStatus(
    monitorId: string,
    options?: RequestOptions,
  ): AsyncGenerator<AgentMcpServerStatusEvent> {
    yield* jsonEvents<AgentMcpServerStatusEvent>(
      this.transport,
      ops.streamAgentMcpServerStatus,
      { params: { query: { monitor_id: monitorId } } },
      options,
    );
  }

  /** Follows these servers' connection state under a fresh monitor id. Endless: stop iterating or abort. */
  async *watchStatus(
    serverIds: string[],
    options?: RequestOptions,
  ): AsyncGenerator<AgentMcpServerStatusEvent> {
    yield* monitorEvents<AgentMcpServerStatusEvent>(
      this.transport,
      ops.setAgentMcpServerMonitor,
      ops.streamAgentMcpServerStatus,
      (monitorId) => ({ monitor_id: monitorId, mcp_server_ids: serverIds }),
      options,
    );
  }
}
