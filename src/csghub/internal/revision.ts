import type { APIPromise } from '../../core/api-promise.js';
import { InvalidResponseError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import { readWhole } from '../../internal/body.js';
import type { BodyHandoff, Operation, Transport } from '../../internal/transport.js';
import { splitRepoId, type RepoId } from '../ids.js';
import type { RepoRevisionParams } from '../types.js';
import { guarded } from './guard.js';

/** The SDK routes answer bare JSON, not the `/api/v1` envelope. */
async function readBareJson(response: Response, handoff: BodyHandoff): Promise<unknown> {
  const text = await readWhole(response, handoff);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidResponseError({
      operation: handoff.operation,
      status: response.status,
      message: `${String(response.status)} response is not JSON`,
    });
  }
}

/** Every file of one revision, from the SDK-compatible listing (`/csg/api/<kind>s/…/revision/<ref>`). */
export function getRevision<T>(
  transport: Transport,
  op: Operation,
  id: RepoId,
  params: RepoRevisionParams | undefined,
  options: RequestOptions | undefined,
): APIPromise<T> {
  return guarded(() =>
    transport.request<T>(
      op,
      {
        params: {
          path: { ...splitRepoId(id, op), ref: params?.ref ?? 'main' },
          query: params?.blobs === undefined ? {} : { blobs: params.blobs },
        },
        read: readBareJson,
      },
      options,
    ),
  );
}
