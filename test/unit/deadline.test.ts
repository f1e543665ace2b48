/**
 * `deadlineMs` bounds a whole call, retries and the waits between them included: once it
 * passes no attempt or wait starts, a wait longer than the time left is not begun, and the
 * call fails with `APIConnectionTimeoutError` naming the operation.
 */
import { describe, expect, it } from 'vitest';
import { APIConnectionTimeoutError, InvalidArgumentError } from '../../src/cfgpu/index.js';
import { cfgpuWith } from '../helpers/cfgpu.js';
import { hang, json, ok } from '../helpers/fake-fetch.js';

describe('deadlineMs', () => {
  it('does not wait out a Retry-After longer than the time left', async () => {
    const { cfgpu, seen } = cfgpuWith(
      () => json({}, { status: 429, headers: { 'retry-after-ms': '50000' } }),
      { retryDelay: undefined, deadlineMs: 50 },
    );
    const error = await cfgpu.regions.list().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error?.message).toMatch(/deadlineMs \(50 ms\).*\(listRegions: GET /);
    expect((error?.cause as Error).name).toBe('RateLimitError');
    expect(seen).toHaveLength(1);
  }, 5_000);

  it('cuts an attempt short when the deadline comes before its timeout', async () => {
    const { cfgpu } = cfgpuWith(hang, { timeoutMs: 60_000 });
    const error = await cfgpu.regions.list({ deadlineMs: 40 }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error?.message).toContain('listRegions');
  }, 5_000);

  it('stops retrying once it passes, per call over the client', async () => {
    const { cfgpu, seen } = cfgpuWith(() => json({}, { status: 503 }), {
      retryDelay: () => 10,
      maxRetries: 1_000,
      deadlineMs: 60_000,
    });
    const error = await cfgpu.regions.list({ deadlineMs: 100 }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.length).toBeLessThan(100);
  }, 5_000);

  it('leaves a call that finishes in time alone', async () => {
    const { cfgpu } = cfgpuWith((_, call) => (call < 3 ? json({}, { status: 503 }) : ok([])), {
      deadlineMs: 5_000,
    });
    await expect(cfgpu.regions.list()).resolves.toEqual([]);
  });

  it.each([0, -1, Number.NaN])('refuses deadlineMs %s', (deadlineMs) => {
    expect(() => cfgpuWith(() => ok([]), { deadlineMs })).toThrow(InvalidArgumentError);
  });
});
