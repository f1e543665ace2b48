import * as ops from '../../../generated/csghub.operations.js';
import type { LfsCompleteMultipartParams } from '../../../generated/csghub.types.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/options.js';
import { APIResource } from '../../internal/resource.js';
import type { QueryOf } from '../types.js';
import { completionRefused } from '../upload.js';

/** The signed query of a completion URL, with the object and its parts' ETags. */
export type LfsCompleteMultipartUploadParams = QueryOf<'completeMultipartUpload'> &
  LfsCompleteMultipartParams;

/**
 * Large-file (LFS) uploads beyond one repository: finishing a multipart upload. The per-repository
 * LFS calls (`lfsBatch`, `verifyLfsObject`) and `uploadFile` sit on each repository kind.
 */
export class Lfs extends APIResource {
  /**
   * Assembles a multipart upload from its parts' ETags. The query comes from the completion URL
   * the LFS batch answered. The service answers HTTP 200 even when it refuses the signature:
   * that answer becomes a `PermissionDeniedError`. Not retried automatically.
   */
  completeMultipart(
    params: LfsCompleteMultipartUploadParams,
    options?: RequestOptions,
  ): APIPromise<undefined> {
    const { objectKey, uploadId, expiresAt, signature, ...body } = params;
    const op = ops.completeMultipartUpload;
    return this.transport.request(
      op,
      { params: { query: { objectKey, uploadId, expiresAt, signature } }, body },
      options,
      (_, raw) => {
        const refused = completionRefused(raw, op);
        if (refused) throw refused;
        return undefined;
      },
    );
  }
}
