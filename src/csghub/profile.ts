import { InvalidResponseError } from '../core/errors.js';
import { genericErrorMessage } from '../internal/error-body.js';
import type { ServiceProfile } from '../internal/transport.js';

interface Envelope {
  msg: string;
  data?: unknown;
  total?: unknown;
  code?: unknown;
}

const isRecord = (body: unknown): body is Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body);

export const isEnvelope = (body: unknown): body is Envelope =>
  isRecord(body) && typeof body['msg'] === 'string';

/**
 * CSGHub answers `{ msg, data, total? }` on success (a few handlers leave out `msg`, or answer
 * `null`) and `{ msg, code? }` with an error status.
 */
export const csghubProfile: ServiceProfile = {
  unwrap(body, response, operation, scrub) {
    // Some handlers answer a bare `null`, or `{ data }` without `msg`.
    if (body === undefined || body === null) return undefined;
    if (isRecord(body) && 'data' in body) return body['data'];
    if (!isEnvelope(body)) {
      throw new InvalidResponseError({
        operation,
        status: response.status,
        headers: scrub(response.headers),
        body: scrub(body),
        message: `${response.status} response is not a CSGHub envelope (no "msg" or "data")`,
      });
    }
    return body.data;
  },
  describeError(body) {
    if (isEnvelope(body)) return describeCsghubError(body);
    return { message: genericErrorMessage(body) };
  },
};

/** `AUTH-ERR-0` at the start of a `msg`, alone or before `: ` and the wrapped error's text. */
const LEADING_CODE = /^([A-Z]+-ERR-\d+)(?::\s*|\s*$)/;

/**
 * The server's error helpers answer a coded error as `{ code: "AUTH-ERR-0", msg: "AUTH-ERR-0" }`,
 * or with the wrapped error's text after the code: `msg: "AUTH-ERR-0: token expired"`. The code
 * is taken from `code` (else from the start of `msg`), and the text is `msg` without it.
 */
function describeCsghubError(body: Envelope) {
  const leading = LEADING_CODE.exec(body.msg);
  const code = typeof body.code === 'string' && body.code !== '' ? body.code : leading?.[1];
  const text = leading && leading[1] === code ? body.msg.slice(leading[0].length) : body.msg;
  // A bare code leaves no text: the message says the HTTP status text instead (`Unauthorized`).
  return { code, message: text.trim() === '' ? undefined : text };
}

/**
 * The AI gateway answers in OpenAI's shapes: the payload as is, and errors as
 * `{ error: { message, type, code } }`.
 */
export const gatewayProfile: ServiceProfile = {
  unwrap: (body) => body,
  describeError(body) {
    const error = isRecord(body) ? body['error'] : undefined;
    if (isRecord(error) && typeof error['message'] === 'string') {
      const code = error['code'] ?? error['type'];
      return {
        code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
        message: error['message'],
      };
    }
    return isEnvelope(body) ? describeCsghubError(body) : { message: genericErrorMessage(body) };
  },
};
