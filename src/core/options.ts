import type { RetryContext } from './retry.js';

/** Any `fetch`-compatible function: the global one, undici's, or a test double. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Receives debug events (requests, responses, retries) with credentials already masked. */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
}

/** Options shared by every API client. */
export interface ClientOptions {
  /** Service root, without the `/api/v1`-style prefix (paths carry it). */
  baseUrl?: string | undefined;
  /** Per-attempt timeout in milliseconds, including reading the body. @default 60000 */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt for retryable failures. @default 2 */
  maxRetries?: number | undefined;
  /**
   * Longest a whole call may take in milliseconds, retries and the waits between them
   * included: an attempt is cut short at it, and no attempt or wait starts past it (nor a wait
   * that would end past it); the call then fails with `APIConnectionTimeoutError`. A stream or
   * download, once handed over, is not cut by it, but idles at most the time that was left.
   * @default Infinity (none)
   */
  deadlineMs?: number | undefined;
  /**
   * Largest body read whole (JSON answers, error bodies), counted in bytes as they arrive,
   * after decompression. A larger one is cancelled and the call fails with
   * `InvalidResponseError`, not retried. Downloads and event streams are not read whole, so
   * this does not limit them. @default 33554432 (32 MiB)
   */
  maxResponseBytes?: number | undefined;
  /**
   * Also retry requests that are not idempotent (creating, starting, releasing…). Only set
   * this when repeating such a request cannot do harm. @default false
   */
  retryNonIdempotent?: boolean | undefined;
  /** Replaces the default backoff; return `null` to stop retrying. */
  retryDelay?: ((ctx: RetryContext) => number | null) | undefined;
  /** `fetch` implementation. @default globalThis.fetch */
  fetch?: FetchLike | undefined;
  /** Extra headers sent with every request. */
  headers?: Record<string, string> | undefined;
  logger?: Logger | undefined;
}

/** Per-call overrides; the last argument of every client method. */
export interface RequestOptions {
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  deadlineMs?: number | undefined;
  retryNonIdempotent?: boolean | undefined;
  /** Aborts the call, including retries and backoff, with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call only. */
  headers?: Record<string, string> | undefined;
}
