import { InvalidResponseError } from '../core/errors.js';
import { genericErrorMessage } from '../internal/error-body.js';
import { requestIdOf, type ServiceProfile } from '../internal/transport.js';
import { CfgpuError, normalizeErrorCode } from './errors.js';

interface Envelope {
  success: boolean;
  errorCode?: unknown;
  errorMsg?: unknown;
  content?: unknown;
}

function isEnvelope(body: unknown): body is Envelope {
  return (
    typeof body === 'object' && body !== null && typeof (body as Envelope).success === 'boolean'
  );
}

/** CFGPU answers `{ success, errorCode, errorMsg, content }`, failures included, under 200. */
export const cfgpuProfile: ServiceProfile = {
  unwrap(body, response, operation, scrub) {
    if (!isEnvelope(body)) {
      throw new InvalidResponseError({
        operation,
        status: response.status,
        headers: scrub(response.headers),
        body: scrub(body),
        message: `${response.status} response is not a CFGPU envelope (no boolean "success")`,
      });
    }
    if (body.success) return body.content;
    const failure = scrub(body);
    throw new CfgpuError({
      operation,
      status: response.status,
      headers: scrub(response.headers),
      body: failure,
      errorCode: normalizeErrorCode(failure.errorCode),
      errorMsg: typeof failure.errorMsg === 'string' ? failure.errorMsg : '',
      requestId: requestIdOf(response.headers),
    });
  },
  describeError(body) {
    if (isEnvelope(body)) {
      return {
        code: normalizeErrorCode(body.errorCode),
        message: typeof body.errorMsg === 'string' ? body.errorMsg : undefined,
      };
    }
    return { message: genericErrorMessage(body) };
  },
};
