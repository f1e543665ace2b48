import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AgentSession,
  AgentSessionCreateParams,
  AgentSessionCreated,
  AgentSessionListParams,
  AgentSessionShare,
  AgentSessionUpdateParams,
  AgentSharedSession,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, type CsghubPage } from '../../pagination.js';

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
    return this.transport.send(
      ops.updateAgentSession,
      { params: { path: { id: instanceId, session_uuid: sessionUuid } }, body: params },
      options,
    );
  }

  /** Deletes a session with its messages; an unknown or already deleted session answers 500. */
  delete(instanceId: number, sessionUuid: string, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(
      ops.deleteAgentSession,
      { params: { path: { id: instanceId, session_uuid: sessionUuid } } },
      options,
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
