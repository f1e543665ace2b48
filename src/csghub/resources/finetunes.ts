import * as ops from '../../../generated/csghub.operations.js';
import type {
  DeployCreated,
  FinetuneCreateParams,
  FinetuneStreamLogsParams,
  FinetuneUpdateParams,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { Transport } from '../../internal/transport.js';
import type { RepoId } from '../ids.js';
import type { LogLine } from '../streams.js';
import { repoCall, repoSend } from '../internal/repo-call.js';
import { DeployResource } from './runs.js';

/**
 * Interactive fine-tuning instances of a model (a training web UI on one replica). Read them
 * with `models.runs.get` (`proxy_endpoint`) and wait for them with `waitFor` (both read the runs' status route).
 */
export class Finetunes extends DeployResource {
  constructor(transport: Transport) {
    super(
      transport,
      'fine-tuning instance',
      ops.streamModelRunStatus,
      ops.streamFinetuneInstanceLogs,
    );
  }

  /**
   * Starts a fine-tuning instance of the model and answers its id. Not retried automatically:
   * a retry may start a second instance.
   */
  create(
    model: RepoId,
    params: FinetuneCreateParams,
    options?: RequestOptions,
  ): APIPromise<DeployCreated> {
    return repoCall(
      this.transport,
      ops.createFinetuneInstance,
      { repo: model, body: params },
      options,
    );
  }

  /** Changes an instance's settings, typically its hardware; stop it first. */
  update(
    model: RepoId,
    deployId: number,
    params: FinetuneUpdateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return repoSend(
      this.transport,
      ops.updateFinetuneInstance,
      { repo: model, deployId, body: params },
      options,
    );
  }

  /** Deletes an instance; work not saved out of it is lost. */
  delete(model: RepoId, deployId: number, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.deleteFinetuneInstance, { repo: model, deployId }, options);
  }

  /**
   * Starts a stopped instance with its saved settings. Not retried automatically: a repeated
   * start restarts an instance that is still coming up.
   */
  start(model: RepoId, deployId: number, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.startFinetuneInstance, { repo: model, deployId }, options);
  }

  /** Stops an instance; its settings are kept for a later start. */
  stop(model: RepoId, deployId: number, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.stopFinetuneInstance, { repo: model, deployId }, options);
  }

  /** The instance's container log lines, past then new; endless, stop iterating when done. */
  streamLogs(
    model: RepoId,
    deployId: number,
    params?: FinetuneStreamLogsParams,
    options?: RequestOptions,
  ): AsyncIterable<LogLine> {
    return this.logsOf(model, deployId, params, options);
  }
}
