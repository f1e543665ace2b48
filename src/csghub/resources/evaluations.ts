import * as ops from '../../../generated/csghub.operations.js';
import type {
  Evaluation,
  EvaluationCreateParams,
  EvaluationJob,
  EvaluationStatus,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import { poll, type WaitOptions } from '../../core/waiter.js';
import { APIResource } from '../../internal/resource.js';

const FAILED: ReadonlySet<string> = new Set<EvaluationStatus>(['Failed', 'Error']);

/** Model evaluation jobs: start one, follow it, read where its results are, delete it. */
export class Evaluations extends APIResource {
  /**
   * Starts an evaluation; follow it with {@link Evaluations.waitFor}. Not retried
   * automatically: a retry would submit a second, billed job.
   */
  create(params: EvaluationCreateParams, options?: RequestOptions): APIPromise<EvaluationJob> {
    return this.transport.request(ops.createEvaluation, { body: params }, options);
  }

  /** One evaluation; once `Succeeded`, `result_url` and `download_url` point at its results. */
  get(id: number, options?: RequestOptions): APIPromise<Evaluation> {
    return this.transport.request(ops.getEvaluation, { params: { path: { id } } }, options);
  }

  /** Deletes an evaluation and stops it if it still runs. */
  delete(id: number, options?: RequestOptions): APIPromise<undefined> {
    return this.transport.send(ops.deleteEvaluation, { params: { path: { id } } }, options);
  }

  /**
   * Polls an evaluation until it has `Succeeded`. Fails fast with `WaitFailedError` when it
   * ends `Failed` or `Error` (see `reason` via {@link Evaluations.get}), and with
   * `WaitTimeoutError` after `timeoutMs`.
   */
  waitFor(id: number, options: WaitOptions = {}): Promise<Evaluation> {
    return poll(
      {
        read: (signal) => this.get(id, { signal }),
        // Empty right after submission, before the workflow engine reports.
        state: ({ status }) => (status === '' ? 'unreported' : status),
        done: (evaluation) => evaluation.status === 'Succeeded',
        failed: (evaluation) => FAILED.has(evaluation.status),
        what: `evaluation ${id} to succeed`,
        operation: ops.getEvaluation,
      },
      options,
    );
  }
}
