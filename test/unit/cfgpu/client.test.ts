import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  CFGPU,
  CfgpuError,
  ConflictError,
  CsgkitError,
  InternalServerError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  createRawClient,
} from '../../../src/cfgpu/index.js';
import { retryDelay } from '../../../src/core/retry.js';
import { CREATE, cfgpuWith } from '../../helpers/cfgpu.js';
import { TOKEN, fail, json, ok } from '../../helpers/fake-fetch.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('requests', () => {
  it('sends the full path, the token as given and JSON headers', async () => {
    const { cfgpu, seen } = cfgpuWith(() => ok([{ code: 'hz', name: '杭州' }]));
    await expect(cfgpu.regions.list()).resolves.toEqual([{ code: 'hz', name: '杭州' }]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.url.href).toBe('https://cfgpu.test/userapi/v1/region/list');
    expect(seen[0]?.headers.get('authorization')).toBe(TOKEN);
    expect(seen[0]?.headers.get('accept')).toBe('application/json');
  });

  it('sends a Bearer token unchanged', async () => {
    const { cfgpu, seen } = cfgpuWith(() => ok([]), { token: `Bearer ${TOKEN}` });
    await cfgpu.gpus.list();
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('tolerates a trailing slash in the base URL', async () => {
    const { cfgpu, seen } = cfgpuWith(() => ok([]), { baseUrl: 'https://cfgpu.test/' });
    await cfgpu.gpus.list();
    expect(seen[0]?.url.href).toBe('https://cfgpu.test/userapi/v1/gpu/list');
  });

  it('sends query parameters and JSON bodies', async () => {
    const { cfgpu, seen } = cfgpuWith(() => ok({ instanceId: 'instance-1' }));
    await cfgpu.images.listPrivate({ adaptType: 'VM' });
    await expect(cfgpu.instances.create({ ...CREATE, expandSize: 20 })).resolves.toEqual({
      instanceId: 'instance-1',
    });
    expect(seen[0]?.url.search).toBe('?adaptType=VM');
    expect(seen[1]?.method).toBe('POST');
    expect(seen[1]?.headers.get('content-type')).toBe('application/json');
    expect(seen[1]?.body).toEqual({ ...CREATE, expandSize: 20 });
  });

  it('adds per-call headers', async () => {
    const { cfgpu, seen } = cfgpuWith(() => ok([]), { headers: { 'X-App': 'demo' } });
    await cfgpu.gpus.list({ headers: { Prefer: 'example=gpus' } });
    expect(seen[0]?.headers.get('x-app')).toBe('demo');
    expect(seen[0]?.headers.get('prefer')).toBe('example=gpus');
  });

  it('reads the token and base URL from the environment', async () => {
    vi.stubEnv('CFGPU_API_TOKEN', 'env-token-123');
    vi.stubEnv('CFGPU_BASE_URL', 'https://env.cfgpu.test');
    const { cfgpu, seen } = cfgpuWith(() => ok([]), { token: undefined, baseUrl: undefined });
    await cfgpu.gpus.list();
    expect(seen[0]?.headers.get('authorization')).toBe('env-token-123');
    expect(seen[0]?.url.origin).toBe('https://env.cfgpu.test');
  });

  it('refuses to start without a token', () => {
    vi.stubEnv('CFGPU_API_TOKEN', '');
    expect(() => new CFGPU({})).toThrow(CsgkitError);
    expect(() => new CFGPU({})).toThrow(/CFGPU_API_TOKEN/);
  });

  it('returns an empty list for a null list payload', async () => {
    const { cfgpu } = cfgpuWith(() => ok(null));
    await expect(cfgpu.instances.listStatuses()).resolves.toEqual([]);
  });

  it('gives the raw Response with withResponse()', async () => {
    const { cfgpu } = cfgpuWith(() => ok([], { headers: { 'x-request-id': 'req-42' } }));
    const { data, response } = await cfgpu.regions.list().withResponse();
    expect(data).toEqual([]);
    expect(response.headers.get('x-request-id')).toBe('req-42');
  });

  it('keeps the openapi-fetch client reachable with createRawClient()', async () => {
    const { cfgpu, seen } = cfgpuWith(() => fail(52005, '实例已关机'));
    const raw = createRawClient(cfgpu);
    const { data } = await raw.GET('/userapi/v1/instance/status');
    expect(data).toMatchObject({ success: false, errorCode: 52005 });
    expect(seen[0]?.headers.get('authorization')).toBe(TOKEN);
    await raw.POST('/userapi/v1/instance/{instanceId}/changeImage', {
      params: { path: { instanceId: 'instance-1' } },
      body: { imageId: 'image_1' },
    });
    expect(seen[1]?.url.pathname).toBe('/userapi/v1/instance/instance-1/changeImage');
    expect(seen[1]?.body).toEqual({ imageId: 'image_1' });
  });
});

describe('envelope failures', () => {
  it('throws CfgpuError for success:false under HTTP 200, without retrying', async () => {
    const { cfgpu, seen } = cfgpuWith(() => fail(50001, '余额不足'));
    const error = await cfgpu.regions.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CfgpuError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({
      name: 'CfgpuError',
      status: 402,
      httpStatus: 200,
      errorCode: 50001,
      code: 50001,
      errorMsg: '余额不足',
      serviceMessage: '余额不足',
      operation: { id: 'listRegions', method: 'GET', path: '/userapi/v1/region/list' },
    });
    expect((error as Error).message).toBe(
      'CFGPU 50001: 余额不足 (listRegions: GET /userapi/v1/region/list)',
    );
    expect(seen).toHaveLength(1);
  });

  it('turns numeric string codes into numbers and keeps other codes', async () => {
    const numeric = cfgpuWith(() => fail('52005', '实例已关机')).cfgpu;
    await expect(numeric.instances.stop('instance-1')).rejects.toMatchObject({ errorCode: 52005 });
    const named = cfgpuWith(() => fail('BIZ_ERROR', '实例不存在')).cfgpu;
    await expect(named.instances.getStatus('instance-1')).rejects.toMatchObject({
      errorCode: 'BIZ_ERROR',
      message:
        'CFGPU BIZ_ERROR: 实例不存在 (getInstanceStatus: GET /userapi/v1/instance/{instanceId}/status)',
    });
  });

  it('rejects a 2xx body that is not an envelope', async () => {
    const { cfgpu } = cfgpuWith(() => json([{ code: 'hz' }]));
    await expect(cfgpu.regions.list()).rejects.toThrow(InvalidResponseError);
  });

  it('rejects a 2xx body that is not JSON, without retrying', async () => {
    const { cfgpu, seen } = cfgpuWith(
      () => new Response('<html>maintenance</html>', { headers: { 'content-type': 'text/html' } }),
    );
    const error = await cfgpu.regions.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('200 response is not JSON (text/html)');
    expect(seen).toHaveLength(1);
  });

  it('rejects an empty 2xx body', async () => {
    const { cfgpu } = cfgpuWith(() => new Response(null, { status: 200 }));
    await expect(cfgpu.regions.list()).rejects.toThrow(InvalidResponseError);
  });
});

describe('HTTP errors', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
  ] as const)('maps HTTP %i to %s with the service message', async (status, cls) => {
    const { cfgpu } = cfgpuWith(() => fail(10001, '请求参数错误', { status }));
    const error = await cfgpu.instances.create(CREATE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(cls);
    expect(error).toMatchObject({ status, code: 10001 });
    expect((error as Error).message).toBe(
      `${status} 10001: 请求参数错误 (createInstance: POST /userapi/v1/instance/create)`,
    );
  });

  it('falls back to the status text for an HTML error page', async () => {
    const { cfgpu } = cfgpuWith(
      () =>
        new Response('<html><body>Bad gateway</body></html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'content-type': 'text/html' },
        }),
      { maxRetries: 0 },
    );
    await expect(cfgpu.gpus.list()).rejects.toThrow(
      '502 Bad Gateway (listGpus: GET /userapi/v1/gpu/list)',
    );
  });

  it('carries the request id', async () => {
    const { cfgpu } = cfgpuWith(() =>
      fail(1, 'x', { status: 404, headers: { 'x-request-id': 'r-9' } }),
    );
    await expect(cfgpu.gpus.list()).rejects.toMatchObject({ requestId: 'r-9' });
  });
});

describe('retries', () => {
  it('retries a GET once after 429 and honours Retry-After', async () => {
    const delays: (number | null)[] = [];
    const { cfgpu, seen } = cfgpuWith(
      (_, call) =>
        call === 1
          ? fail(429, 'slow down', { status: 429, headers: { 'retry-after': '2' } })
          : ok([]),
      {
        retryDelay: (ctx) => {
          delays.push(retryDelay(ctx));
          return 0;
        },
      },
    );
    await expect(cfgpu.regions.list()).resolves.toEqual([]);
    expect(seen).toHaveLength(2);
    expect(delays).toEqual([2000]);
  });

  it('gives up on GET after maxRetries', async () => {
    const { cfgpu, seen } = cfgpuWith(() => fail(1, 'down', { status: 503 }));
    await expect(cfgpu.regions.list()).rejects.toThrow(InternalServerError);
    expect(seen).toHaveLength(3);
  });

  it('takes maxRetries per client and per call', async () => {
    const perClient = cfgpuWith(() => fail(1, 'down', { status: 500 }), { maxRetries: 4 });
    await expect(perClient.cfgpu.regions.list()).rejects.toThrow(InternalServerError);
    expect(perClient.seen).toHaveLength(5);
    const perCall = cfgpuWith(() => fail(1, 'down', { status: 500 }));
    await expect(perCall.cfgpu.regions.list({ maxRetries: 0 })).rejects.toThrow(
      InternalServerError,
    );
    expect(perCall.seen).toHaveLength(1);
  });

  it.each([
    ['create', (c: CFGPU) => c.instances.create(CREATE)],
    ['start', (c: CFGPU) => c.instances.start('instance-1')],
    ['stop', (c: CFGPU) => c.instances.stop('instance-1')],
    ['release', (c: CFGPU) => c.instances.release('instance-1')],
    ['changeImage', (c: CFGPU) => c.instances.changeImage('instance-1', { imageId: 'image_1' })],
  ])('does not retry a failing POST (%s)', async (_, call) => {
    const { cfgpu, seen } = cfgpuWith(() => fail(1, 'down', { status: 503 }));
    await expect(call(cfgpu)).rejects.toThrow(InternalServerError);
    expect(seen).toHaveLength(1);
  });

  it('retries a POST when the caller opts in', async () => {
    const perCall = cfgpuWith((_, call) =>
      call < 3 ? fail(1, 'down', { status: 503 }) : ok(null),
    );
    await expect(
      perCall.cfgpu.instances.start('instance-1', { retryNonIdempotent: true }),
    ).resolves.toBeUndefined();
    expect(perCall.seen).toHaveLength(3);
    const perClient = cfgpuWith(() => fail(1, 'down', { status: 503 }), {
      retryNonIdempotent: true,
    });
    await expect(perClient.cfgpu.instances.stop('instance-1')).rejects.toThrow(InternalServerError);
    expect(perClient.seen).toHaveLength(3);
  });

  it('retries the instance list, a read sent as POST', async () => {
    const { cfgpu, seen } = cfgpuWith((_, call) =>
      call === 1
        ? fail(1, 'down', { status: 502 })
        : ok({ total: 0, pageSize: 10, currentPage: 1, pages: 0, records: [] }),
    );
    await expect(cfgpu.instances.list()).resolves.toMatchObject({ total: 0 });
    expect(seen).toHaveLength(2);
  });

  it('retries connection errors on GET but not on POST', async () => {
    const refuse = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
            code: 'ECONNREFUSED',
          }),
        }),
      );
    const get = cfgpuWith(refuse);
    const error = await get.cfgpu.gpus.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe(
      'connection error: connect ECONNREFUSED 127.0.0.1:9 (listGpus: GET /userapi/v1/gpu/list)',
    );
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(get.seen).toHaveLength(3);
    const post = cfgpuWith(refuse);
    await expect(post.cfgpu.instances.release('instance-1')).rejects.toThrow(APIConnectionError);
    expect(post.seen).toHaveLength(1);
  });

  it('does not wait when the server asks for more than a minute', async () => {
    const { cfgpu, seen } = cfgpuWith(
      () => fail(429, 'later', { status: 429, headers: { 'retry-after': '3600' } }),
      { retryDelay: undefined },
    );
    const started = Date.now();
    await expect(cfgpu.regions.list()).rejects.toThrow(RateLimitError);
    expect(seen).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('path parameters', () => {
  it('puts a valid id in the path', async () => {
    const { cfgpu, seen } = cfgpuWith(() => ok({ instanceId: 'i', statusCode: 'RUNNING' }));
    await cfgpu.instances.getStatus('instance-8f3k_q2.m1');
    expect(seen[0]?.url.pathname).toBe('/userapi/v1/instance/instance-8f3k_q2.m1/status');
  });

  it.each([
    ['empty', ''],
    ['a slash', 'a/b'],
    ['a parent segment', '../status'],
    ['a dot', '.'],
    ['whitespace', 'instance 1'],
    ['an encoded slash', 'a%2Fb'],
    ['a query', 'a?b=1'],
    ['non-ASCII', 'ïnstance'],
    ['too long', `i${'x'.repeat(200)}`],
  ])('refuses an id with %s before any request', async (_, id) => {
    const { cfgpu, seen } = cfgpuWith(() => ok(null));
    const error = await cfgpu.instances.start(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toMatch(
      /^instanceId .*\(startInstance: POST \/userapi\/v1\/instance\/\{instanceId\}\/start\)$/,
    );
    expect(seen).toHaveLength(0);
  });

  it('refuses a missing id from untyped callers', async () => {
    const { cfgpu, seen } = cfgpuWith(() => ok(null));
    const start = cfgpu.instances.start.bind(cfgpu.instances) as (id: unknown) => Promise<unknown>;
    await expect(start(undefined)).rejects.toThrow('instanceId is required (got undefined)');
    expect(seen).toHaveLength(0);
  });
});
