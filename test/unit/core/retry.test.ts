import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, retryDelay, shouldRetry } from '../../../src/core/retry.js';

const ctx = (status: number | undefined, retryable = true, headers?: HeadersInit) => ({
  attempt: 1,
  method: 'GET',
  retryable,
  status,
  headers: headers ? new Headers(headers) : undefined,
});

describe('shouldRetry', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries %i when retryable', (status) => {
    expect(shouldRetry(ctx(status))).toBe(true);
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry %i', (status) => {
    expect(shouldRetry(ctx(status))).toBe(false);
  });

  it('retries connection failures (no status)', () => {
    expect(shouldRetry(ctx(undefined))).toBe(true);
  });

  it('never retries what is not safe to repeat', () => {
    for (const status of [undefined, 408, 429, 503]) {
      expect(shouldRetry(ctx(status, false))).toBe(false);
    }
  });
});

describe('retryDelay', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');

  it('honours Retry-After in seconds', () => {
    expect(retryDelay(ctx(429, true, { 'retry-after': '2' }), now)).toBe(2000);
    expect(retryDelay(ctx(429, true, { 'retry-after': '0.5' }), now)).toBe(500);
  });

  it('honours Retry-After as an HTTP date', () => {
    const at = new Date(now + 3000).toUTCString();
    expect(retryDelay(ctx(503, true, { 'retry-after': at }), now)).toBe(3000);
  });

  it('treats a Retry-After date in the past as no wait', () => {
    const at = new Date(now - 10_000).toUTCString();
    expect(retryDelay(ctx(503, true, { 'retry-after': at }), now)).toBe(0);
  });

  it('prefers retry-after-ms', () => {
    const headers = { 'retry-after-ms': '250', 'retry-after': '9' };
    expect(retryDelay(ctx(429, true, headers), now)).toBe(250);
  });

  it('reads X-RateLimit-Reset as epoch seconds or seconds from now', () => {
    const epoch = String(Math.floor(now / 1000) + 4);
    expect(retryDelay(ctx(429, true, { 'x-ratelimit-reset': epoch }), now)).toBe(4000);
    expect(retryDelay(ctx(429, true, { 'x-ratelimit-reset': '7' }), now)).toBe(7000);
  });

  it('gives up when the server asks for a wait longer than the cap', () => {
    const seconds = String(MAX_RETRY_AFTER_MS / 1000 + 1);
    expect(retryDelay(ctx(429, true, { 'retry-after': seconds }), now)).toBeNull();
  });

  it('falls back to capped exponential backoff with jitter', () => {
    const delays = (attempt: number) =>
      Array.from({ length: 200 }, () => retryDelay({ ...ctx(503), attempt }, now) ?? -1);
    for (const [attempt, max] of [
      [1, 500],
      [2, 1000],
      [3, 2000],
      [6, 8000],
      [12, 8000],
    ] as const) {
      const values = delays(attempt);
      expect(Math.max(...values)).toBeLessThanOrEqual(max);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(max * 0.75);
    }
  });

  it('ignores unparseable headers', () => {
    const value = retryDelay(ctx(503, true, { 'retry-after': 'soon' }), now);
    expect(value).toBeGreaterThanOrEqual(375);
    expect(value).toBeLessThanOrEqual(500);
  });
});
