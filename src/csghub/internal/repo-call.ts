import type { APIPromise } from '../../core/api-promise.js';
import { InvalidArgumentError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import type { Operation, Transport } from '../../internal/transport.js';
import { splitRepoId, type RepoId } from '../ids.js';
import { guarded } from './guard.js';

/** The path of one deploy of a model; a deploy id that is not a positive integer is refused. */
export function deployPath(op: Operation, model: RepoId, deployId: number) {
  if (!Number.isSafeInteger(deployId) || deployId < 1) {
    throw new InvalidArgumentError(
      `deploy id must be a positive integer (got ${String(deployId)})`,
      op,
    );
  }
  return { ...splitRepoId(model, op), id: deployId };
}

/**
 * Runs `op` on a repository, or on one of its deploys when `deployId` is given; a malformed
 * id rejects the promise before anything is sent.
 */
export function repoCall<T>(
  transport: Transport,
  op: Operation,
  model: RepoId,
  deployId: number | undefined,
  options: RequestOptions | undefined,
  init: { query?: object | undefined; body?: unknown } = {},
  map?: (data: unknown) => T,
): APIPromise<T> {
  return guarded(() => {
    const path = deployId === undefined ? splitRepoId(model, op) : deployPath(op, model, deployId);
    const params = init.query ? { path, query: init.query } : { path };
    return transport.request(op, { params, body: init.body }, options, map);
  });
}
