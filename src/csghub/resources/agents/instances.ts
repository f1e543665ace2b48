import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AgentInstance,
  AgentInstanceCreateParams,
  AgentInstanceListParams,
  AgentInstanceSetMonitorParams,
  AgentInstanceShare,
  AgentInstanceUpdateParams,
  AgentSharedInstance,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, type CsghubPage } from '../../pagination.js';
import { jsonEvents, monitorEvents } from '../../streams.js';

/** One instance's state as the status stream reports it. */
export interface AgentInstanceStatusEvent {
  id: number;
  type: string;
  content_id: string;
  /** The runtime's state, such as `Running` or `Stopped`; absent when the check failed. */
  status?: string;
  /** Why the check failed. */
  error?: string;
}

/**
 * Agent instances: the caller's own and every public one, built-in agents included.
 * Enterprise and SaaS editions only. An id that does not exist answers 500, not 404.
 */
export class AgentInstances extends APIResource {
  /** One page of usable instances, pinned first; iterate it for all of them. */
  list(
    params?: AgentInstanceListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AgentInstance>, AgentInstance> {
    return listPages(
      this.transport,
      ops.listAgentInstances,
      { params: { query: { ...params } } },
      options,
    );
  }

  /**
   * Creates an instance and its agent in the runtime. A quota or a repeated name answers 500
   * (`AGENT-ERR-0`, `AGENT-ERR-1`). Not retried automatically.
   */
  create(params: AgentInstanceCreateParams, options?: RequestOptions): APIPromise<AgentInstance> {
    return this.transport.request(ops.createAgentInstance, { body: params }, options);
  }

  /** One instance (own or public), without `config`; an unknown id answers 500. */
  get(id: number, options?: RequestOptions): APIPromise<AgentInstance> {
    return this.transport.request(ops.getAgentInstance, { params: { path: { id } } }, options);
  }

  /** Changes an own instance; fields left out stay. An unknown id answers 500. */
  update(
    id: number,
    params: AgentInstanceUpdateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(
      ops.updateAgentInstance,
      { params: { path: { id } }, body: params },
      options,
    );
  }

  /**
   * Deletes an own instance with its sessions and tasks. An unknown or already deleted id
   * answers 500, so does a retry whose first attempt went through.
   */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteAgentInstance, { params: { path: { id } } }, options);
  }

  /** Shares an own public CSGClaw instance anonymously (others: 400). Not retried automatically. */
  share(id: number, options?: RequestOptions): APIPromise<AgentInstanceShare> {
    return this.transport.request(ops.shareAgentInstance, { params: { path: { id } } }, options);
  }

  /** A shared instance, without a token; an unknown or no longer public share answers 404. */
  getShared(shareUuid: string, options?: RequestOptions): APIPromise<AgentSharedInstance> {
    return this.transport.request(
      ops.getAgentSharedInstance,
      { params: { query: { share_uuid: shareUuid } } },
      options,
    );
  }

  /** Registers (or replaces) the instances the stream of `monitor_id` reports on. */
  setMonitor(
    params: AgentInstanceSetMonitorParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.send(ops.setAgentInstanceMonitor, { body: params }, options);
  }

  /** The state events of a monitor set with `setMonitor`. Endless: stop iterating or abort. */
  streamStatus(
    monitorId: string,
    options?: RequestOptions,
  ): AsyncGenerator<AgentInstanceStatusEvent> {
    return jsonEvents<AgentInstanceStatusEvent>(
      this.transport,
      ops.streamAgentInstanceStatus,
      { params: { query: { monitor_id: monitorId } } },
      options,
    );
  }

  /**
   * The state of these instances, one event per instance reading: registers a fresh monitor,
   * then streams it. Endless: stop iterating or abort.
   */
  async *watchStatus(
    instanceIds: number[],
    options?: RequestOptions,
  ): AsyncGenerator<AgentInstanceStatusEvent> {
    yield* monitorEvents<AgentInstanceStatusEvent>(
      this.transport,
      ops.setAgentInstanceMonitor,
      ops.streamAgentInstanceStatus,
      (monitorId) => ({ monitor_id: monitorId, instance_ids: instanceIds }),
      options,
    );
  }
}
