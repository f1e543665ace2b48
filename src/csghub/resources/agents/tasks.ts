import * as ops from '../../../../generated/csghub.operations.js';
import type { components } from '../../../../generated/csghub.js';
import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/options.js';
import type { PagePromise } from '../../../core/pagination.js';
import { APIResource } from '../../../internal/resource.js';
import { listPages, type CsghubPage } from '../../pagination.js';
import type { QueryOf } from '../../types.js';

type Schemas = components['schemas'];

/** A fine-tuning job or inference deploy an agent started; its state is `task_status`. */
export type AgentTaskListItem = Schemas['AgentTaskListItem'];
/** One task with its agent, session and backend details; its state is `status`. */
export type AgentTaskDetail = Schemas['AgentTaskDetail'];
export type AgentTaskStatus = Schemas['AgentTaskStatus'];
export type AgentTaskType = Schemas['AgentTaskType'];

export type AgentTaskListParams = QueryOf<'listAgentTasks'>;

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
