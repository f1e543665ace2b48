import { describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  APIUserAbortError,
  InvalidArgumentError,
} from '../../../src/cfgpu/index.js';
import { CREATE, cfgpuWith } from '../../helpers/cfgpu.js';
import { fail, hang, ok } from '../../helpers/fake-fetch.js';

describe('timeouts and aborts', () => {
  it('times out a hanging request and retries it when safe', async () => {
    const { cfgpu, seen } = cfgpuWith((request) => hang(request), { timeoutMs: 20 });
    const error = await cfgpu.gpus.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toBe(
      'timed out after 20 ms (listGpus: GET /userapi/v1/gpu/list)',
    );
    expect(seen).toHaveLength(3);
  });

  it('takes a per-call timeout and does not retry a timed-out POST', async () => {
    const { cfgpu, seen } = cfgpuWith((request) => hang(request));
    await expect(cfgpu.instances.create(CREATE, { timeoutMs: 15 })).rejects.toThrow(
      APIConnectionTimeoutError,
    );
    expect(seen).toHaveLength(1);
  });

  it('times out a body that stops half way', async () => {
    const { cfgpu } = cfgpuWith(
      (request) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"success":true,'));
              request.signal.addEventListener('abort', () => {
                controller.error(request.signal.reason);
              });
            },
          }),
        ),
      { timeoutMs: 30, maxRetries: 0 },
    );
    await expect(cfgpu.regions.list()).rejects.toThrow(APIConnectionTimeoutError);
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    const controller = new AbortController();
    const { cfgpu, seen } = cfgpuWith((request) => {
      setTimeout(() => {
        controller.abort();
      }, 5);
      return hang(request);
    });
    await expect(cfgpu.gpus.list({ signal: controller.signal })).rejects.toThrow(APIUserAbortError);
    expect(seen).toHaveLength(1);
  });

  it('has no timeout when timeoutMs is Infinity', async () => {
    const { cfgpu } = cfgpuWith(
      () =>
        new Promise((resolve) =>
          setTimeout(() => {
            resolve(ok([]));
          }, 30),
        ),
      { timeoutMs: 10 },
    );
    await expect(cfgpu.gpus.list({ timeoutMs: Infinity })).resolves.toEqual([]);
  });

  it('refuses timeouts and retry counts that would misbehave', () => {
    for (const options of [{ timeoutMs: 0 }, { timeoutMs: -1 }, { timeoutMs: Number.NaN }]) {
      expect(() => cfgpuWith(() => ok([]), options)).toThrow(/^timeoutMs must be > 0 \(got /);
    }
    for (const maxRetries of [-1, 1.5, Number.NaN]) {
      expect(() => cfgpuWith(() => ok([]), { maxRetries })).toThrow(InvalidArgumentError);
      expect(() => cfgpuWith(() => ok([]), { maxRetries })).toThrow(
        /^maxRetries must be an integer ≥ 0/,
      );
    }
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { cfgpu, seen } = cfgpuWith(() => ok([]));
    await expect(cfgpu.gpus.list({ signal: AbortSignal.abort() })).rejects.toThrow(
      APIUserAbortError,
    );
    expect(seen).toHaveLength(0);
  });

  it('aborts during the backoff between retries', async () => {
    const controller = new AbortController();
    const { cfgpu, seen } = cfgpuWith(() => fail(1, 'down', { status: 503 }), {
      retryDelay: () => 60_000,
    });
    setTimeout(() => {
      controller.abort();
    }, 10);
    const started = Date.now();
    await expect(cfgpu.gpus.list({ signal: controller.signal })).rejects.toThrow(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(seen).toHaveLength(1);
  });
});
