/**
 * Time and faults: `--latency`, `Prefer: delay`, and `--chaos` answering reads 429 (with
 * `Retry-After`) or 503, seen through the public clients' retries. The health check is never
 * delayed or faulted. Bounds are lower bounds (a timer never fires early), not speeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import {
  createTiming,
  MAX_PREFER_DELAY_MS,
  parseChaos,
  parseLatency,
  preferredDelay,
} from '../../mocks/timing.js';
import { CFGPU, InternalServerError, RateLimitError } from '../../src/cfgpu/index.js';
import { CSGHub } from '../../src/csghub/index.js';
import type { FetchLike } from '../../src/core/options.js';
import type { RetryContext } from '../../src/core/retry.js';

const LATENCY_MS = 600;
const SEED = 42;

let slowFaulty: MockServer;
let seeded: MockServer;

beforeAll(async () => {
  [slowFaulty, seeded] = await Promise.all([
    startMock({ api: 'cfgpu', timing: { latencyMs: [LATENCY_MS, LATENCY_MS], chaos: 1 } }),
    startMock({ api: 'csghub', timing: { chaos: 0.5, chaosSeed: SEED } }),
  ]);
});

afterAll(async () => {
  await Promise.all([slowFaulty.stop(), seeded.stop()]);
});

function counting(): { fetch: FetchLike; methods: string[] } {
  const methods: string[] = [];
  return {
    methods,
    fetch: (input, init) => {
      methods.push(init.method ?? 'GET');
      return globalThis.fetch(input, init);
    },
  };
}

const CREATE = {
  priceType: 'Day',
  regionCode: 'hz',
  gpuType: 'qnid2x6c',
  gpuNum: 1,
  imageId: 'image_exc6f72b',
  instanceName: 'timing-test',
} as const;

describe('--latency', () => {
  it('makes each request wait, and never the health check', async () => {
    const started = performance.now();
    const cfgpu = new CFGPU({ token: 't', baseUrl: slowFaulty.url });
    await expect(cfgpu.instances.create(CREATE)).resolves.toMatchObject({});
    expect(performance.now() - started).toBeGreaterThanOrEqual(LATENCY_MS);
    const health = await fetch(`${slowFaulty.url}/__health`, {
      signal: AbortSignal.timeout(LATENCY_MS - 100),
    });
    expect(health.status).toBe(200);
  });
});

describe('Prefer: delay', () => {
  it('adds the asked delay to one request', async () => {
    const started = performance.now();
    const response = await fetch(`${slowFaulty.url}/userapi/v1/instance/create`, {
      method: 'POST',
      headers: {
        Authorization: 't',
        'content-type': 'application/json',
        Prefer: 'delay=400',
      },
      body: JSON.stringify(CREATE),
    });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(LATENCY_MS + 400);
  });

  it('combines with Prism’s own preferences', async () => {
    const started = performance.now();
    const response = await fetch(`${slowFaulty.url}/userapi/v1/instance/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Prefer: 'code=401, delay=200' },
      body: JSON.stringify(CREATE),
    });
    expect(response.status).toBe(401);
    expect(performance.now() - started).toBeGreaterThanOrEqual(LATENCY_MS + 200);
  });
});

describe('--chaos', () => {
  it('answers GETs 429 with Retry-After or 503, and the client retries them', async () => {
    const { fetch, methods } = counting();
    const seen: RetryContext[] = [];
    const cfgpu = new CFGPU({
      token: 't',
      baseUrl: slowFaulty.url,
      fetch,
      maxRetries: 2,
      retryDelay: (ctx) => {
        seen.push(ctx);
        return 0;
      },
    });
    const error = await cfgpu.regions.list().catch((e: unknown) => e);
    expect(methods).toEqual(['GET', 'GET', 'GET']);
    expect([RateLimitError, InternalServerError].some((c) => error instanceof c)).toBe(true);
    expect(seen.map((ctx) => ctx.status)).toEqual(
      seen.map((ctx) => (ctx.status === 429 ? 429 : 503)),
    );
    for (const ctx of seen.filter((c) => c.status === 429)) {
      expect(ctx.headers?.get('retry-after')).toBe('1');
    }
    const health = await globalThis.fetch(`${slowFaulty.url}/__health`);
    expect(health.status).toBe(200);
  });

  it('marks the fault as the mock’s and leaves writes alone (a POST is neither faulted nor retried)', async () => {
    const raw = await fetch(`${slowFaulty.url}/userapi/v1/region/list`, {
      headers: { Authorization: 't' },
    });
    expect([429, 503]).toContain(raw.status);
    expect(raw.headers.get('x-mock-source')).toBe('chaos');
    const { fetch: counted, methods } = counting();
    const cfgpu = new CFGPU({ token: 't', baseUrl: slowFaulty.url, fetch: counted });
    await cfgpu.instances.create(CREATE);
    expect(methods).toEqual(['POST']);
  });

  it('repeats the same faults for the same requests with --chaos-seed', async () => {
    const expected = createTiming('csghub', { chaos: 0.5, chaosSeed: SEED });
    const want: number[] = [];
    const got: number[] = [];
    for (let i = 0; i < 16; i++) {
      want.push(expected.fault({ method: 'GET' } as never)?.status ?? 200);
      const response = await fetch(`${seeded.url}/api/v1/models?per=1`);
      got.push(response.status);
      if (response.status === 429) expect(response.headers.get('retry-after')).toBe('1');
    }
    expect(got).toEqual(want);
    expect(new Set(got)).toEqual(new Set([200, 429, 503]));
  });

  it('never retries a POST the service refused with 429', async () => {
    const { fetch, methods } = counting();
    const csghub = new CSGHub({ token: 't', baseUrl: seeded.url, fetch, retryDelay: () => 0 });
    const error = await csghub.chat.completions
      .create(
        { model: 'csg-wukong-1B', messages: [{ role: 'user', content: 'hi' }] },
        { headers: { Prefer: 'code=429' } },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(methods).toEqual(['POST']);
  });
});

describe('flag and header parsing', () => {
  it('reads latencies, chaos probabilities and Prefer delays, refusing nonsense', () => {
    expect(parseLatency('50-400')).toEqual([50, 400]);
    expect(parseLatency('120')).toEqual([120, 120]);
    for (const bad of ['400-50', '-5', '1e3', '']) expect(() => parseLatency(bad)).toThrow();
    expect([parseChaos('0'), parseChaos('0.25'), parseChaos('1')]).toEqual([0, 0.25, 1]);
    for (const bad of ['2', '-0.1', 'often', '0x1']) expect(() => parseChaos(bad)).toThrow();
    expect(preferredDelay('delay=300')).toBe(300);
    expect(preferredDelay('code=404, delay=500')).toBe(500);
    expect(preferredDelay('delay=999999999')).toBe(MAX_PREFER_DELAY_MS);
    expect(preferredDelay(['example=a', 'delay="20"'])).toBe(20);
    for (const none of [undefined, 'code=404', 'delay=soon', 'nodelay=5']) {
      expect(preferredDelay(none)).toBe(0);
    }
  });
});
