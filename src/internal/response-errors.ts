/** The errors a failed response or a failed `fetch` becomes, with credentials masked. */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  InvalidResponseError,
  errorClassForStatus,
  type APIError,
} from '../core/errors.js';
import { scrubCause, type Scrub } from './mask.js';
import type { Operation } from './operation.js';
import type { ServiceProfile } from './service-profile.js';

export function requestIdOf(headers: Headers): string | undefined {
  return headers.get('x-request-id') ?? headers.get('x-trace-id') ?? undefined;
}

/** A non-2xx answer: its class by status, the service's own code and message from its body. */
export function httpError(
  op: Operation,
  response: Response,
  text: string,
  profile: ServiceProfile,
  scrub: Scrub,
): APIError {
  const body = scrub(parseLoosely(text));
  const { code, message } = profile.describeError(body);
  const ErrorClass = errorClassForStatus(response.status);
  return new ErrorClass({
    operation: op,
    status: response.status,
    headers: scrub(response.headers),
    body,
    code,
    serviceMessage: message === undefined ? undefined : scrub(message),
    fallbackText: response.statusText,
    requestId: requestIdOf(response.headers),
  });
}

/** A 2xx answer whose body does not parse as JSON. */
export function notJsonError(
  op: Operation,
  response: Response,
  text: string,
  cause: unknown,
  scrub: Scrub,
): InvalidResponseError {
  // The parser's message quotes the text.
  scrubCause(cause, scrub);
  return new InvalidResponseError({
    operation: op,
    status: response.status,
    headers: scrub(response.headers),
    body: scrub(text.slice(0, 2048)),
    message: `${response.status} response is not JSON (${response.headers.get('content-type') ?? 'no content type'})`,
    cause,
  });
}

/** A body larger than `maxResponseBytes`; what was read of it is not kept. */
export function tooLargeError(
  op: Operation,
  response: Response,
  maxBytes: number,
  scrub: Scrub,
): InvalidResponseError {
  return new InvalidResponseError({
    operation: op,
    status: response.status,
    headers: scrub(response.headers),
    message: `${response.status} response is larger than maxResponseBytes (${maxBytes} bytes)`,
  });
}

/**
 * A `fetch` that failed without an answer: the caller aborted, else the call's own timer fired,
 * else the connection failed (named by its most specific reason).
 */
export function fetchError(
  op: Operation,
  cause: unknown,
  callerSignal: AbortSignal | undefined,
  timerSignal: AbortSignal,
  timeoutMs: number,
  scrub: Scrub,
): APIError {
  if (callerSignal?.aborted) return new APIUserAbortError({ operation: op, cause });
  if (cause instanceof RangeError) return unusableError(op, cause, scrub);
  if (timerSignal.aborted) {
    const message = `timed out after ${timeoutMs} ms`;
    return new APIConnectionTimeoutError({ operation: op, message, cause });
  }
  // The message quotes the cause, which the error keeps: mask both.
  scrubCause(cause, scrub);
  const reason = describeCause(cause);
  // A redirect loop or a redirect to another scheme: asking again gets the same answer.
  if (/redirect|scheme/i.test(reason)) return unusableError(op, cause, scrub);
  const message = scrub(`connection error: ${reason}`);
  return new APIConnectionError({ operation: op, message, cause });
}

/**
 * An answer that cannot be used, and would be the same if asked again: a redirect that cannot
 * be followed, or a body nested too deeply to walk (its `RangeError` as `cause`).
 */
export function unusableError(op: Operation, cause: unknown, scrub: Scrub): InvalidResponseError {
  scrubCause(cause, scrub);
  const message = scrub(`unusable response: ${describeCause(cause)}`);
  return new InvalidResponseError({ operation: op, message, cause });
}

/** An error body: JSON when it parses, else the text itself. */
function parseLoosely(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The most specific reason in a fetch error chain, e.g. `connect ECONNREFUSED 127.0.0.1:1`. */
function describeCause(cause: unknown): string {
  let error = cause;
  for (
    let depth = 0;
    depth < 5 && error instanceof Error && error.cause instanceof Error;
    depth++
  ) {
    error = error.cause;
  }
  const { message, code } = error as { message?: unknown; code?: unknown };
  if (typeof message === 'string' && message !== '') return message;
  return typeof code === 'string' ? code : String(error);
}
