import * as ops from '../../../generated/csghub.operations.js';
import type {
  Deploy,
  DeployCreated,
  DeployStatus,
  RunCreateParams,
  RunStreamLogsParams,
  RunUpdateParams,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { WaitOptions } from '../../core/waiter.js';
import { APIResource } from '../../internal/resource.js';
import type { Operation, Transport } from '../../internal/transport.js';
import type { RepoId } from '../ids.js';
import {
  logLines,
  statusEvents,
  waitForStatus,
  type LogLine,
  type StatusEvent,
} from '../streams.js';
import { orEmpty } from '../../internal/payload.js';
import { deployPath, repoCall, repoSend } from '../internal/repo-call.js';

/** One reading of a deploy's status stream. */
export type DeployStatusEvent = StatusEvent<DeployStatus>;

const FAILED: readonly DeployStatus[] = ['BuildingFailed', 'DeployFailed', 'RuntimeError'];

/**
 * States `target` can no longer be reached from. `Stopped` and `Sleeping` are not among them:
 * the service reports `Stopped` when it cannot read a deploy's state, and a woken deploy stays
 * `Sleeping` until its replica is up. A failed deploy can still be stopped; nothing follows
 * `Deleted`.
 */
function deadEnds(target: DeployStatus): ReadonlySet<string> {
  const dead = new Set<string>(target === 'Stopped' || target === 'Deleted' ? [] : FAILED);
  if (target !== 'Deleted') dead.add('Deleted');
  dead.delete(target);
  return dead;
}

/** What the deploy kinds share: calls on one deploy, status and log streams, the waiter. */
export abstract class DeployResource extends APIResource {
  readonly #kind: string;
  readonly #status: Operation;
  readonly #logs: Operation;

  constructor(transport: Transport, kind: string, status: Operation, logs: Operation) {
    super(transport);
    this.#kind = kind;
    this.#status = status;
    this.#logs = logs;
  }

  /**
   * The deploy's state, a reading about every 10 seconds; the service never ends the stream, so
   * stop iterating when done. A reading the service could not take ends it with an `APIError`.
   */
  // A generator defers a malformed id's throw to the first read, so it rejects like the rest.
  async *streamStatus(
    model: RepoId,
    deployId: number,
    options?: RequestOptions,
  ): AsyncGenerator<DeployStatusEvent> {
    const path = deployPath(this.#status, model, deployId);
    yield* statusEvents<DeployStatus>(this.transport, this.#status, { params: { path } }, options);
  }

  protected async *logsOf(
    model: RepoId,
    deployId: number,
    query: object | undefined,
    options?: RequestOptions,
  ): AsyncGenerator<LogLine> {
    const path = deployPath(this.#logs, model, deployId);
    yield* logLines(this.transport, this.#logs, { params: { path, query: query ?? {} } }, options);
  }

  /**
   * Follows the deploy's status stream until it is `target`. Fails fast with `WaitFailedError`
   * on `BuildingFailed`, `DeployFailed`, `RuntimeError` or `Deleted` (only `Deleted` when
   * waiting for `Stopped`), and with `WaitTimeoutError` after `timeoutMs`. A reading the
   * service could not take is read again.
   */
  waitFor(
    model: RepoId,
    deployId: number,
    target: DeployStatus,
    options?: WaitOptions,
  ): Promise<DeployStatusEvent> {
    const repo = typeof model === 'string' ? model : `${model.namespace}/${model.name}`;
    return waitForStatus(
      {
        open: (signal) => this.streamStatus(model, deployId, { signal }),
        target,
        failures: deadEnds(target),
        what: `${this.#kind} ${String(deployId)} of ${repo} to be ${target}`,
        operation: this.#status,
      },
      options,
    );
  }
}

/**
 * Dedicated inference endpoints of a model, and every other deploy of yours of it: fine-tuning
 * instances are read, followed and deleted here too.
 */
export class Runs extends DeployResource {
  constructor(transport: Transport) {
    super(transport, 'deploy', ops.streamModelRunStatus, ops.streamModelRunLogs);
  }

  /** Your deploys of the model that are not deleted (endpoints and fine-tuning instances), newest first. */
  list(model: RepoId, options?: RequestOptions): APIPromise<Deploy[]> {
    return repoCall(
      this.transport,
      ops.listModelRuns,
      { repo: model, map: orEmpty<Deploy> },
      options,
    );
  }

  /**
   * Deploys the model as a dedicated endpoint and answers its id; follow it with
   * {@link Runs.waitFor}. Not retried automatically: a retry may start a second endpoint.
   */
  create(
    model: RepoId,
    params: RunCreateParams,
    options?: RequestOptions,
  ): APIPromise<DeployCreated> {
    return repoCall(this.transport, ops.createModelRun, { repo: model, body: params }, options);
  }

  /** One of your deploys of the model, with its endpoint, replicas and instances. */
  get(model: RepoId, deployId: number, options?: RequestOptions): APIPromise<Deploy> {
    return repoCall(this.transport, ops.getModelRun, { repo: model, deployId }, options);
  }

  /** Changes a deploy's settings; most changes need it stopped first. */
  update(
    model: RepoId,
    deployId: number,
    params: RunUpdateParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    return repoSend(
      this.transport,
      ops.updateModelRun,
      { repo: model, deployId, body: params },
      options,
    );
  }

  /** Deletes a deploy (an endpoint or a fine-tuning instance) and releases its resource. */
  delete(model: RepoId, deployId: number, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.deleteModelRun, { repo: model, deployId }, options);
  }

  /**
   * Starts a stopped deploy with its saved settings. Not retried automatically: a repeated
   * start restarts a deploy that is still coming up.
   */
  start(model: RepoId, deployId: number, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.startModelRun, { repo: model, deployId }, options);
  }

  /** Stops a deploy; its settings are kept for a later start. */
  stop(model: RepoId, deployId: number, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.stopModelRun, { repo: model, deployId }, options);
  }

  /** Asks a deploy that scaled to zero (`Sleeping`) to start a replica again. */
  wakeup(model: RepoId, deployId: number, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.wakeupModelRun, { repo: model, deployId }, options);
  }

  /** The deploy's container log lines, past then new; endless, stop iterating when done. */
  streamLogs(
    model: RepoId,
    deployId: number,
    params?: RunStreamLogsParams,
    options?: RequestOptions,
  ): AsyncIterable<LogLine> {
    return this.logsOf(model, deployId, params, options);
  }
}
