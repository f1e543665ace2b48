import * as ops from '../../../generated/csghub.operations.js';
import type {
  Space,
  SpaceCreateParams,
  SpaceDeployStatus,
  SpaceListCudaVersionsParams,
  SpaceListParams,
  SpaceStreamLogsParams,
  SpaceUpdateParams,
} from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import type { WaitOptions } from '../../core/waiter.js';
import type { Operation, Transport } from '../../internal/transport.js';
import { splitRepoId, type RepoId } from '../ids.js';
import {
  logLines,
  statusEvents,
  waitForStatus,
  type LogLine,
  type StatusEvent,
} from '../streams.js';
import { orEmpty } from '../../internal/payload.js';
import { repoSend } from '../internal/repo-call.js';
import { WritableRepositories } from './repository-writes.js';

/**
 * States a space does not leave without someone acting (a fix, a new run). `Stopped` is left
 * out on purpose: the service also reports it for deploy codes it does not map, such as a
 * skipped build on the way to `Deploying`. `Sleeping` ends with a wakeup.
 */
const FAILURES: readonly SpaceDeployStatus[] = [
  'BuildingFailed',
  'DeployFailed',
  'RuntimeError',
  'Deleted',
  'ResourceUnhealthy',
  'NoAppFile',
  'NoNGINXConf',
];

const at = (id: RepoId, op: Operation) => ({ params: { path: splitRepoId(id, op) } });

/** Spaces (AI apps): manage their repositories, run and stop them, and follow their state and logs. */
export class Spaces extends WritableRepositories<
  Space,
  SpaceListParams,
  SpaceCreateParams,
  SpaceUpdateParams
> {
  constructor(transport: Transport, storage: Transport) {
    super(
      transport,
      storage,
      {
        list: ops.listSpaces,
        get: ops.getSpace,
        create: ops.createSpace,
        update: ops.updateSpace,
        delete: ops.deleteSpace,
        listFiles: ops.listSpaceFiles,
        getFile: ops.getSpaceFile,
        download: ops.downloadSpaceFile,
        getLastCommit: ops.getSpaceLastCommit,
        listCommits: ops.listSpaceCommits,
        listBranches: ops.listSpaceBranches,
        getRevision: ops.getSpaceRevision,
        resolveFile: ops.downloadSpaceResolvedFile,
        getResolvedFileInfo: ops.getSpaceResolvedFileInfo,
      },
      {
        createFile: ops.createSpaceFile,
        updateFile: ops.updateSpaceFile,
        deleteFile: ops.deleteSpaceFile,
        uploadFiles: ops.uploadSpaceFiles,
        preupload: ops.preuploadSpaceFiles,
        commitFiles: ops.commitSpaceFiles,
        lfsBatch: ops.createSpaceLfsBatch,
        verifyLfsObject: ops.verifySpaceLfsObject,
      },
    );
  }

  /**
   * Deploys the space from its default branch and starts it; answers at once, the build runs
   * in the background (see `waitFor`). Not retried automatically.
   */
  run(id: RepoId, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.runSpace, { repo: id }, options);
  }

  /** Stops the space's latest deployment (a build in progress is cancelled). Not retried automatically. */
  stop(id: RepoId, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.stopSpace, { repo: id }, options);
  }

  /** Wakes a space that was scaled to zero after idling (`Sleeping`); a stopped one needs `run`. */
  wakeup(id: RepoId, options?: RequestOptions): APIPromise<undefined> {
    return repoSend(this.transport, ops.wakeupSpace, { repo: id }, options);
  }

  /**
   * The state of the space's latest deployment, one event every interval (10 s by default).
   * The stream never ends by itself: stop iterating, or abort, once you have what you need.
   */
  async *streamStatus(
    id: RepoId,
    options?: RequestOptions,
  ): AsyncIterable<StatusEvent<SpaceDeployStatus>> {
    const op = ops.streamSpaceStatus;
    yield* statusEvents<SpaceDeployStatus>(this.transport, op, at(id, op), options);
  }

  /**
   * The build (`Build`) and app (`Container`) log lines of the latest deployment, as they come.
   * Never ends by itself: stop iterating, or abort, when done.
   */
  async *streamLogs(
    id: RepoId,
    params?: SpaceStreamLogsParams,
    options?: RequestOptions,
  ): AsyncIterable<LogLine> {
    const op = ops.streamSpaceLogs;
    const path = splitRepoId(id, op);
    yield* logLines(this.transport, op, { params: { path, query: { ...params } } }, options);
  }

  /** The driver (CUDA) versions spaces can use on a kind of accelerator (`gpu` by default). */
  listCudaVersions(
    params?: SpaceListCudaVersionsParams,
    options?: RequestOptions,
  ): APIPromise<string[]> {
    return this.transport.request(
      ops.listSpaceCudaVersions,
      { params: { query: { ...params } } },
      options,
      orEmpty<string>,
    );
  }

  /**
   * Follows the status stream until the space is `target` (usually `Running`, after `run` or
   * `wakeup`). Fails fast with `WaitFailedError` on a state the space does not leave by itself
   * (`BuildingFailed`, `DeployFailed`, `RuntimeError`, `Deleted`, `ResourceUnhealthy`,
   * `NoAppFile`, `NoNGINXConf`), with `WaitTimeoutError` after `timeoutMs`, and with the
   * stream's `APIError` when the service cannot read the state.
   */
  async waitFor(
    id: RepoId,
    target: SpaceDeployStatus,
    options?: WaitOptions,
  ): Promise<StatusEvent<SpaceDeployStatus>> {
    const op = ops.streamSpaceStatus;
    const init = at(id, op);
    const { namespace, name } = init.params.path;
    return waitForStatus(
      {
        open: (signal) => statusEvents(this.transport, op, init, { signal }),
        target,
        failures: new Set(FAILURES.filter((state) => state !== target)),
        what: `space ${namespace}/${name} to be ${target}`,
        operation: op,
      },
      options,
    );
  }
}
