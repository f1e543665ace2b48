import * as ops from '../../../generated/csghub.operations.js';
import type { components } from '../../../generated/csghub.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../internal/resource.js';
import { nothing, orEmpty } from '../../internal/payload.js';
import { listPages, type CsghubPage } from '../pagination.js';
import { jsonEvents, monitorEvents } from '../streams.js';
import type { BodyOf, QueryOf } from '../types.js';

type Schemas = components['schemas'];

export type AgentInstance = Schemas['AgentInstance'];
/** An anonymous share of a CSGClaw instance. */
export type AgentInstanceShare = Schemas['AgentInstanceShare'];
/** What anyone may see of a shared instance, with its sandbox alias on the AI gateway. */
export type AgentSharedInstance = Schemas['AgentSharedInstance'];
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
export type AgentSession = Schemas['AgentSession'];
export type AgentSessionCreated = Schemas['AgentSessionCreated'];
/** A read-only snapshot link; `expires_at` is in Unix seconds. */
export type AgentSessionShare = Schemas['AgentSessionShare'];
/** A shared session and its messages up to the turn it had when shared. */
export type AgentSharedSession = Schemas['AgentSharedSession'];
export type AgentMessage = Schemas['AgentHistoryMessage'];
/** The ids of recorded messages, in the order sent. */
export type AgentMessagesCreated = Schemas['AgentHistoryCreated'];
/** The id of the message that replaces a rewritten one. */
export type AgentMessageRewritten = Schemas['AgentHistoryRewritten'];

export type AgentInstanceListParams = QueryOf<'listAgentInstances'>;
export type AgentInstanceCreateParams = BodyOf<'createAgentInstance'>;
export type AgentInstanceUpdateParams = BodyOf<'updateAgentInstance'>;
export type AgentInstanceSetMonitorParams = BodyOf<'setAgentInstanceMonitor'>;
export type AgentSessionListParams = QueryOf<'listAgentSessions'>;
export type AgentSessionCreateParams = BodyOf<'createAgentSession'>;
export type AgentSessionUpdateParams = BodyOf<'updateAgentSession'>;
export type AgentMessageListParams = QueryOf<'listAgentSessionHistories'>;
export type AgentMessageCreateParams = BodyOf<'createAgentSessionHistories'>;
export type AgentMessageSetFeedbackParams = BodyOf<'setAgentSessionMessageFeedback'>;
export type AgentMessageRewriteParams = BodyOf<'rewriteAgentSessionMessage'>;
export type AgentPreferenceSetParams = BodyOf<'setAgentPreference'>;
export type AgentPreferenceRemoveParams = BodyOf<'removeAgentPreference'>;

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
    return this.transport.request(
      ops.updateAgentInstance,
      { params: { path: { id } }, body: params },
      options,
      nothing,
    );
  }

  /**
   * Deletes an own instance with its sessions and tasks. An unknown or already deleted id
   * answers 500, so does a retry whose first attempt went through.
   */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteAgentInstance,
      { params: { path: { id } } },
      options,
      nothing,
    );
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
    return this.transport.request(ops.setAgentInstanceMonitor, { body: params }, options, nothing);
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

/**
 * The caller's sessions (conversations) with an agent instance. Enterprise and SaaS editions
 * only. A session id that does not exist, or of another instance, answers 500, not 404.
 */
export class AgentSessions extends APIResource {
  /** One page of the caller's sessions of an instance, latest first; iterate it for all of them. */
  list(
    instanceId: number,
    params?: AgentSessionListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<AgentSession>, AgentSession> {
    return listPages(
      this.transport,
      ops.listAgentSessions,
      { params: { path: { id: instanceId }, query: { ...params } } },
      options,
    );
  }

  /**
   * Starts a session; with an existing `session_uuid` nothing is created, so pass one to make
   * retries safe (not retried automatically). An unknown or private instance answers 500.
   */
  create(
    instanceId: number,
    params?: AgentSessionCreateParams,
    options?: RequestOptions,
  ): APIPromise<AgentSessionCreated> {
    return this.transport.request(
      ops.createAgentSession,
      { params: { path: { id: instanceId } }, body: { ...params } },
      options,
    );
  }

  /** One of the caller's sessions; an unknown session answers 500. */
  get(instanceId: number, sessionUuid: string, options?: RequestOptions): APIPromise<AgentSession> {
    return this.transport.request(
      ops.getAgentSession,
      { params: { path: { id: instanceId, session_uuid: sessionUuid } } },
      options,
    );
  }

  /** Renames a session; an unknown session answers 500. */
  update(
    instanceId: number,
    sessionUuid: string,
    params: AgentSessionUpdateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.request(
      ops.updateAgentSession,
      { params: { path: { id: instanceId, session_uuid: sessionUuid } }, body: params },
      options,
      nothing,
    );
  }

  /** Deletes a session with its messages; an unknown or already deleted session answers 500. */
  delete(instanceId: number, sessionUuid: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(
      ops.deleteAgentSession,
      { params: { path: { id: instanceId, session_uuid: sessionUuid } } },
      options,
      nothing,
    );
  }

  /** A new read-only link to the session as it is now; not retried automatically. */
  share(
    instanceId: number,
    sessionUuid: string,
    options?: RequestOptions,
  ): APIPromise<AgentSessionShare> {
    return this.transport.request(
      ops.shareAgentSession,
      { params: { path: { id: instanceId, session_uuid: sessionUuid } } },
      options,
    );
  }

  /** A shared session, without a token; unknown answers 404 (`AGENT-ERR-5`), expired 410. */
  getShared(shareUuid: string, options?: RequestOptions): APIPromise<AgentSharedSession> {
    return this.transport.request(
      ops.getAgentSharedSession,
      { params: { query: { share_uuid: shareUuid } } },
      options,
    );
  }
}

/**
 * The messages of a session. Enterprise and SaaS editions only. Writes are stored in the
 * background: they answer at once and show in `list` shortly after. An unknown session
 * answers 500.
 */
export class AgentMessages extends APIResource {
  /** Every message of a session, oldest first, rewritten responses left out (not paged). */
  list(
    instanceId: number,
    sessionUuid: string,
    params?: AgentMessageListParams,
    options?: RequestOptions,
  ): APIPromise<AgentMessage[]> {
    return this.transport.request(
      ops.listAgentSessionHistories,
      { params: { path: { id: instanceId, session_uuid: sessionUuid }, query: { ...params } } },
      options,
      orEmpty<AgentMessage>,
    );
  }

  /**
   * Records messages (each request opens a turn, which takes one response) and answers their
   * ids; stored in the background, and a stray response is silently dropped. Not retried
   * automatically.
   */
  create(
    instanceId: number,
    sessionUuid: string,
    params: AgentMessageCreateParams,
    options?: RequestOptions,
  ): APIPromise<AgentMessagesCreated> {
    return this.transport.request(
      ops.createAgentSessionHistories,
      { params: { path: { id: instanceId, session_uuid: sessionUuid } }, body: params },
      options,
    );
  }

  /** Rates a message (`none` clears it), in the background: an unknown one is not reported. */
  setFeedback(
    instanceId: number,
    sessionUuid: string,
    msgUuid: string,
    params: AgentMessageSetFeedbackParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return this.transport.request(
      ops.setAgentSessionMessageFeedback,
      {
        params: { path: { id: instanceId, session_uuid: sessionUuid, msg_uuid: msgUuid } },
        body: params,
      },
      options,
      nothing,
    );
  }

  /**
   * Replaces an agent response with new text and answers the new message's id; applied in the
   * background, and a request or already rewritten message is accepted but left unchanged.
   */
  rewrite(
    instanceId: number,
    sessionUuid: string,
    msgUuid: string,
    params: AgentMessageRewriteParams,
    options?: RequestOptions,
  ): APIPromise<AgentMessageRewritten> {
    return this.transport.request(
      ops.rewriteAgentSessionMessage,
      {
        params: { path: { id: instanceId, session_uuid: sessionUuid, msg_uuid: msgUuid } },
        body: params,
      },
      options,
    );
  }
}

/**
 * The caller's pins and per-instance settings; they show in the lists they affect
 * (`is_pinned`, `config`). Enterprise and SaaS editions only.
 */
export class AgentPreferences extends APIResource {
  /** Sets or replaces a preference; a sixth pin of one kind answers 500 (`AGENT-ERR-4`). */
  set(params: AgentPreferenceSetParams, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(ops.setAgentPreference, { body: params }, options, nothing);
  }

  /** Removes a preference, such as a pin; removing one that is not set is not an error. */
  remove(params: AgentPreferenceRemoveParams, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.request(ops.removeAgentPreference, { body: params }, options, nothing);
  }
}
