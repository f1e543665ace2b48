import * as ops from '../../../generated/csghub.operations.js';
import type {
  Deploy,
  DeployCreated,
  ServerlessCreateParams,
  ServerlessStopParams,
  ServerlessStreamLogsParams,
  ServerlessUpdateParams,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { Transport } from '../../internal/transport.js';
import type { RepoId } from '../ids.js';
import type { LogLine } from '../streams.js';
import { repoCall, repoSend } from '../internal/repo-call.js';
import { DeployResource } from './runs.js';

/** A model's serverless deploy (at most one per model); all but reading it needs an administrator. */
export class Serverless extends DeployResource {
  constructor(transport: Transport) {
    super(
      transport,
      'serverless deploy',
      ops.streamServerlessDeployStatus,
      ops.streamServerlessDeployLogs,
    );
  }

  /** The model's serverless deploy without its endpoints, or `null` when it has none. */
  getForModel(model: RepoId, options?: RequestOptions): APIPromise<Deploy | null> {
    return repoCall(
      this.transport,
      ops.getModelServerlessDeploy,
      { repo: model, map: (data) => (data ?? null) as Deploy | null },
      options,
    );
  }

  /**
   * Deploys the model as serverless inference and answers the deploy's id; when the model
   * already has one, answers its id and changes nothing, so it is retried like a read.
   */
  create(
    model: RepoId,
    params: ServerlessCreateParams,
    options?: RequestOptions,
  ): APIPromise<DeployCreated> {
    return repoCall(
      this.transport,
      ops.createServerlessDeploy,
      { repo: model, body: params },
      options,
    );
  }

  /** Deletes the model's serverless deploy (it is found by model) and takes its price offline. */
  delete(model: RepoId, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.deleteServerlessDeploy, { repo: model }, options);
  }

  /** The serverless deploy with its endpoint, replicas and instances. */
  get(model: RepoId, deployId: number, options?: RequestOptions): APIPromise<Deploy> {
    return repoCall(this.transport, ops.getServerlessDeploy, { repo: model, deployId }, options);
  }

  /** Changes the deploy's settings; most changes need it stopped first. */
  update(
    model: RepoId,
    deployId: number,
    params: ServerlessUpdateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return repoSend(
      this.transport,
      ops.updateServerlessDeploy,
      { repo: model, deployId, body: params },
      options,
    );
  }

  /**
   * Starts the stopped deploy with its saved settings. Not retried automatically: a repeated
   * start restarts a deploy that is still coming up.
   */
  start(model: RepoId, deployId: number, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.startServerlessDeploy, { repo: model, deployId }, options);
  }

  /** Stops the deploy; `force` marks it stopped even when its containers cannot be confirmed gone. */
  stop(
    model: RepoId,
    deployId: number,
    params?: ServerlessStopParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return repoSend(
      this.transport,
      ops.stopServerlessDeploy,
      { repo: model, deployId, query: params },
      options,
    );
  }

  /** The deploy's container log lines, past (up to `limit`) then new; endless, stop iterating when done. */
  streamLogs(
    model: RepoId,
    deployId: number,
    params?: ServerlessStreamLogsParams,
    options?: RequestOptions,
  ): AsyncIterable<LogLine> {
    return this.logsOf(model, deployId, params, options);
  }
}
