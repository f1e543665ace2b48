import * as ops from '../../../../generated/csghub.operations.js';
import type {
  AgentTaskDetail,
  AgentTaskListItem,
  AgentTaskListParams,
} from '../../../../generated/csghub.types.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, type CsghubPage } from '../../pagination.js';

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
