export type { APIPromise, WithResponse } from './api-promise.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  CsgkitError,
  InternalServerError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WaitFailedError,
  WaitTimeoutError,
  errorClassForStatus,
  redactHeaders,
  type APIErrorInit,
  type OperationRef,
  type SerializedError,
} from './errors.js';
export type { ClientOptions, FetchLike, Logger, RequestOptions } from './options.js';
export { AbstractPage, type PagePromise } from './pagination.js';
export {
  DEFAULT_MAX_RETRIES,
  MAX_RETRY_AFTER_MS,
  retryDelay,
  shouldRetry,
  type RetryContext,
} from './retry.js';
export { DEFAULT_WAIT_INTERVAL_MS, DEFAULT_WAIT_TIMEOUT_MS, type WaitOptions } from './waiter.js';
