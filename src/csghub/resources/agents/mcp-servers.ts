import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AgentMcpServer,
  AgentMcpServerCreateParams,
  AgentMcpServerDetail,
  AgentMcpServerInspectParams,
  AgentMcpServerInspectResult,
  AgentMcpServerListItem,
  AgentMcpServerListParams,
  AgentMcpServerSetMonitorParams,
  AgentMcpServerUpdateParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, type CsghubPage } from '../../pagination.js';
import { jsonEvents, monitorEvents } from '../../streams.js';

/** One reading of a followed MCP server's connection state. */
export interface AgentMcpServerStatusEvent {
  /** `builtin:{n}` or `user:{n}`. */
  id: string;
  status: 'connected' | 'error';
  /** Why the check failed, when it did. */
  error?: string;
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
    return this.transport.send(
      ops.updateAgentMcpServer,
      { params: { path: { id } }, body: params },
      options,
    );
  }

  /** Deletes an own server; for a built-in one, removes the user's settings (uninstalls it). */
  delete(id: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteAgentMcpServer, { params: { path: { id } } }, options);
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
    return this.transport.send(ops.setAgentMcpServerMonitor, { body: params }, options);
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
