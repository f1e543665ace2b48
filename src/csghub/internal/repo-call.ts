import type { APIPromise } from '../../core/api-promise.js';
import { InvalidArgumentError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import type { Operation, Transport } from '../../internal/transport.js';
import { splitRepoId, type RepoId } from '../ids.js';
import { guarded } from './guard.js';

/** A call on a repository, or on one of its deploys. */
export interface RepoCall<T = unknown> {
  /** The repository, as `'namespace/name'` or `{ namespace, name }`. */
  repo: RepoId;
  /** One deploy of the repository, for operations on a deploy. */
  deployId?: number | undefined;
  query?: object | undefined;
  body?: unknown;
  /** Turns the unwrapped payload into what the call resolves to. */
  map?: (data: unknown) => T;
}

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

function repoInit(op: Operation, { repo, deployId, query, body }: RepoCall) {
  const path = deployId === undefined ? splitRepoId(repo, op) : deployPath(op, repo, deployId);
  return { params: query ? { path, query } : { path }, body };
}

/**
 * Runs `op` on a repository (or one of its deploys) and resolves to its payload; a malformed
 * id rejects the promise before anything is sent.
 */
export function repoCall<T>(
  transport: Transport,
  op: Operation,
  call: RepoCall<T>,
  options: RequestOptions | undefined,
): APIPromise<T> {
  return guarded(() => transport.request(op, repoInit(op, call), options, call.map));
}

/** As `repoCall`, for operations whose answer carries nothing: resolves to `undefined`. */
export function repoSend(
  transport: Transport,
  op: Operation,
  call: Omit<RepoCall, 'map'>,
  options: RequestOptions | undefined,
): APIPromise<undefined> {
  return guarded(() => transport.send(op, repoInit(op, call), options));
}
