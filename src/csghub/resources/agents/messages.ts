import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AgentMessage,
  AgentMessageCreateParams,
  AgentMessageListParams,
  AgentMessageRewriteParams,
  AgentMessageRewritten,
  AgentMessageSetFeedbackParams,
  AgentMessagesCreated,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import { orEmpty } from '../../../internal/payload.js';
import { APIResource } from '../../../internal/resource.js';

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
    return this.transport.send(
      ops.setAgentSessionMessageFeedback,
      {
        params: { path: { id: instanceId, session_uuid: sessionUuid, msg_uuid: msgUuid } },
        body: params,
      },
      options,
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
