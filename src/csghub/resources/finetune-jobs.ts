import * as ops from '../../../generated/csghub.operations.js';
import type {
  FinetuneJob,
  FinetuneJobCreateParams,
  FinetuneJobListParams,
  FinetuneJobStatus,
  FinetuneWorkflow,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { poll, type WaitOptions } from '../../core/waiter.js';
import { APIResource } from '../../internal/resource.js';
import type { Transport } from '../../internal/transport.js';
import type { CsghubPage } from '../pagination.js';
import { logLines, type LogLine } from '../streams.js';
import type { QueryOf } from '../types.js';
import { userPages } from './users/user-pages.js';

/** How far back a job's log starts; `stream` is the method's to choose. */
export type FinetuneJobLogsParams = Omit<QueryOf<'getFinetuneJobLogs'>, 'stream'>;

const FAILED: ReadonlySet<string> = new Set<FinetuneJobStatus>(['Failed', 'Error']);

/**
 * Batch fine-tuning jobs: train a model on a dataset as a workflow that publishes the result
 * as a new model. Interactive fine-tuning instances are `models.finetunes`.
 */
export class FinetuneJobs extends APIResource {
  /**
   * Submits a job; follow it with {@link FinetuneJobs.waitFor}. Not retried automatically: a
   * retry would submit a second, billed job.
   */
  create(params: FinetuneJobCreateParams, options?: RequestOptions): APIPromise<FinetuneWorkflow> {
    return this.transport.request(ops.createFinetuneJob, { body: params }, options);
  }

  /** One job; once `Succeeded`, `result_url` points at the fine-tuned model. */
  get(id: number, options?: RequestOptions): APIPromise<FinetuneJob> {
    return this.transport.request(ops.getFinetuneJob, { params: { path: { id } } }, options);
  }

  /** Deletes a job and stops it if it still runs; a model it published stays. */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteFinetuneJob, { params: { path: { id } } }, options);
  }

  /** The jobs a user owns, newest first; only that user's own token may ask. */
  list(
    username: string,
    params?: FinetuneJobListParams,
    options?: RequestOptions,
  ): PagePromise<CsghubPage<FinetuneWorkflow>, FinetuneWorkflow> {
    return userPages(this.transport, ops.listUserFinetuneJobs, username, params, options);
  }

  /** The job's log so far, as one text; `id` is the job id or its `task_id`. */
  logs(
    id: number | string,
    params?: FinetuneJobLogsParams,
    options?: RequestOptions,
  ): APIPromise<string> {
    return this.transport.request(
      ops.getFinetuneJobLogs,
      { params: { path: { id: String(id) }, query: { ...params, stream: 'false' } } },
      options,
    );
  }

  /** The job's container log lines, past then new; endless, stop iterating when done. */
  streamLogs(
    id: number | string,
    params?: FinetuneJobLogsParams,
    options?: RequestOptions,
  ): AsyncIterable<LogLine> {
    return logLines(
      this.transport,
      ops.getFinetuneJobLogs,
      { params: { path: { id: String(id) }, query: { ...params, stream: 'true' } } },
      options,
    );
  }

  /**
   * Polls a job until it has `Succeeded`. Fails fast with `WaitFailedError` when it ends
   * `Failed` or `Error` (see `reason` via {@link FinetuneJobs.get}), and with
   * `WaitTimeoutError` after `timeoutMs`.
   */
  waitFor(id: number, options: WaitOptions = {}): Promise<FinetuneJob> {
    return poll(
      {
        read: (signal) => this.get(id, { signal }),
        // Empty right after submission, before the workflow engine reports.
        state: ({ status }) => (status === '' ? 'unreported' : status),
        done: (job) => job.status === 'Succeeded',
        failed: (job) => FAILED.has(job.status),
        what: `fine-tuning job ${String(id)} to succeed`,
        operation: ops.getFinetuneJob,
      },
      options,
    );
  }
}

/** Batch fine-tuning (`csghub.finetunes`). */
export class Finetuning {
  /** Batch fine-tuning jobs: submit, follow, read the logs of, list and delete them. */
  readonly jobs: FinetuneJobs;

  constructor(transport: Transport) {
    this.jobs = new FinetuneJobs(transport);
  }
}
