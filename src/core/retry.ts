/** What a retry decision is made from. */
export interface RetryContext {
  /** 1 for the first retry, 2 for the second, … */
  readonly attempt: number;
  readonly method: string;
  /** Whether repeating the request is safe (idempotent, or the caller opted in). */
  readonly retryable: boolean;
  /** HTTP status of the failed attempt; absent for connection errors and timeouts. */
  readonly status?: number | undefined;
  /** Response headers of the failed attempt, for `Retry-After` and rate-limit resets. */
  readonly headers?: Headers | undefined;
}

/** Retries after the first attempt. @default 2 */
export const DEFAULT_MAX_RETRIES = 2;

/** A server-requested wait longer than this is not waited for: the error is thrown instead. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Retry 408, 429, ≥500 and connection failures (no `status`), and only when repeating the
 * request is safe.
 */
export function shouldRetry(ctx: RetryContext): boolean {
  if (!ctx.retryable) return false;
  const status = ctx.status;
  return status === undefined || status === 408 || status === 429 || status >= 500;
}

/**
 * Milliseconds to wait before retry `ctx.attempt`, or `null` to give up.
 *
 * The server's word comes first: `retry-after-ms`, `Retry-After` (seconds or HTTP date), then
 * `X-RateLimit-Reset` (epoch seconds or seconds from now). A requested wait above
 * {@link MAX_RETRY_AFTER_MS} gives up rather than hang. Otherwise exponential backoff,
 * `min(0.5 · 2ⁿ⁻¹, 8)` seconds, less up to 25 % jitter.
 */
export function retryDelay(ctx: RetryContext, now: number = Date.now()): number | null {
  const requested = serverRequestedDelay(ctx.headers, now);
  if (requested !== undefined) return requested <= MAX_RETRY_AFTER_MS ? requested : null;
  const base = Math.min(500 * 2 ** (ctx.attempt - 1), 8_000);
  return Math.round(base * (1 - Math.random() * 0.25));
}

function serverRequestedDelay(headers: Headers | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const ms = parseNumber(headers.get('retry-after-ms'));
  if (ms !== undefined) return Math.max(0, ms);

  const after = headers.get('retry-after');
  if (after !== null) {
    const seconds = parseNumber(after);
    if (seconds !== undefined) return Math.max(0, seconds * 1000);
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }

  const reset = parseNumber(headers.get('x-ratelimit-reset'));
  if (reset !== undefined) {
    // Large values are epoch seconds (GitHub style); small ones are seconds from now.
    return Math.max(0, reset > 1e9 ? reset * 1000 - now : reset * 1000);
  }
  return undefined;
}

function parseNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
