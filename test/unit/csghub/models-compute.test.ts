import { describe, expect, it } from 'vitest';
import {
  APIError,
  APIUserAbortError,
  InvalidArgumentError,
  WaitFailedError,
  WaitTimeoutError,
  type CSGHub,
} from '../../../src/csghub/index.js';
import { csghubWith, envelope } from '../../helpers/csghub.js';
import { json } from '../../helpers/fake-fetch.js';
import { sse } from '../../helpers/streams.js';
import { collect } from '../../helpers/collect.js';

const MODEL = 'OpenCSG/csg-wukong-1B';
const BASE = '/api/v1/models/OpenCSG/csg-wukong-1B';

const reading = (status: string, message = '', reason = '') =>
  `event:status\ndata:${JSON.stringify({ status, details: null, message, reason })}\n\n`;

const run = { deploy_name: 'wukong-chat', runtime_framework_id: 12, resource_id: 27 };
const dataset = { dataset: 'OpenCSG/chinese-fineweb-edu' };

describe('request shapes', () => {
  type Case = [
    name: string,
    call: (hub: CSGHub) => Promise<unknown>,
    method: string,
    path: string,
    query?: Record<string, string>,
    body?: unknown,
  ];
  const cases: Case[] = [
    ['models.getRelations', (h) => h.models.getRelations(MODEL), 'GET', `${BASE}/relations`],
    [
      'models.setRelations',
      (h) => h.models.setRelations(MODEL, { datasets: ['a/b'] }),
      'PUT',
      `${BASE}/relations`,
      {},
      { datasets: ['a/b'] },
    ],
    [
      'models.addDatasetRelation',
      (h) => h.models.addDatasetRelation(MODEL, dataset),
      'POST',
      `${BASE}/relations/dataset`,
      {},
      dataset,
    ],
    [
      'models.removeDatasetRelation',
      (h) =>
        h.models.removeDatasetRelation({ namespace: 'OpenCSG', name: 'csg-wukong-1B' }, dataset),
      'DELETE',
      `${BASE}/relations/dataset`,
      {},
      dataset,
    ],
    [
      'models.listQuantizations',
      (h) => h.models.listQuantizations(MODEL),
      'GET',
      `${BASE}/quantizations`,
    ],
    [
      'codes.getRelations',
      (h) => h.codes.getRelations('OpenCSG/csghub-sdk'),
      'GET',
      '/api/v1/codes/OpenCSG/csghub-sdk/relations',
    ],
    [
      'serverless.getForModel',
      (h) => h.models.serverless.getForModel(MODEL),
      'GET',
      `${BASE}/serverless`,
    ],
    [
      'serverless.create',
      (h) => h.models.serverless.create(MODEL, run),
      'POST',
      `${BASE}/serverless`,
      {},
      run,
    ],
    ['serverless.delete', (h) => h.models.serverless.delete(MODEL), 'DELETE', `${BASE}/serverless`],
    ['serverless.get', (h) => h.models.serverless.get(MODEL, 42), 'GET', `${BASE}/serverless/42`],
    [
      'serverless.update',
      (h) => h.models.serverless.update(MODEL, 42, { max_replica: 8 }),
      'PUT',
      `${BASE}/serverless/42`,
      {},
      { max_replica: 8 },
    ],
    [
      'serverless.start',
      (h) => h.models.serverless.start(MODEL, 42),
      'PUT',
      `${BASE}/serverless/42/start`,
    ],
    [
      'serverless.stop',
      (h) => h.models.serverless.stop(MODEL, 42, { force: true }),
      'PUT',
      `${BASE}/serverless/42/stop`,
      { force: 'true' },
    ],
    ['runs.list', (h) => h.models.runs.list(MODEL), 'GET', `${BASE}/run`],
    ['runs.create', (h) => h.models.runs.create(MODEL, run), 'POST', `${BASE}/run`, {}, run],
    ['runs.get', (h) => h.models.runs.get(MODEL, 3187), 'GET', `${BASE}/run/3187`],
    [
      'runs.update',
      (h) => h.models.runs.update(MODEL, 3187, { deploy_name: 'v2' }),
      'PUT',
      `${BASE}/run/3187`,
      {},
      { deploy_name: 'v2' },
    ],
    ['runs.delete', (h) => h.models.runs.delete(MODEL, 3187), 'DELETE', `${BASE}/run/3187`],
    ['runs.start', (h) => h.models.runs.start(MODEL, 3187), 'PUT', `${BASE}/run/3187/start`],
    ['runs.stop', (h) => h.models.runs.stop(MODEL, 3187), 'PUT', `${BASE}/run/3187/stop`],
    ['runs.wakeup', (h) => h.models.runs.wakeup(MODEL, 3187), 'PUT', `${BASE}/run/3187/wakeup`],
    [
      'finetunes.create',
      (h) => h.models.finetunes.create(MODEL, run),
      'POST',
      `${BASE}/finetune`,
      {},
      run,
    ],
    [
      'finetunes.update',
      (h) => h.models.finetunes.update(MODEL, 3102, { resource_id: 31 }),
      'PUT',
      `${BASE}/finetune/3102`,
      {},
      { resource_id: 31 },
    ],
    [
      'finetunes.delete',
      (h) => h.models.finetunes.delete(MODEL, 3102),
      'DELETE',
      `${BASE}/finetune/3102`,
    ],
    [
      'finetunes.start',
      (h) => h.models.finetunes.start(MODEL, 3102),
      'PUT',
      `${BASE}/finetune/3102/start`,
    ],
    [
      'finetunes.stop',
      (h) => h.models.finetunes.stop(MODEL, 3102),
      'PUT',
      `${BASE}/finetune/3102/stop`,
    ],
  ];

  it.each(cases)('%s', async (_, call, method, path, query = {}, body) => {
    const { csghub, seen } = csghubWith(() => json({ msg: 'OK' }));
    await call(csghub);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe(method);
    expect(seen[0]?.url.pathname).toBe(path);
    expect(Object.fromEntries(seen[0]?.url.searchParams ?? [])).toEqual(query);
    expect(seen[0]?.body).toEqual(body);
  });

  it('asks the streams for events, with the log filters as query', async () => {
    const { csghub, seen } = csghubWith(() => sse(''));
    await collect(csghub.models.serverless.streamStatus(MODEL, 42));
    await collect(csghub.models.runs.streamStatus(MODEL, 3187));
    await collect(csghub.models.serverless.streamLogs(MODEL, 42, { since: '1hour', limit: 20 }));
    await collect(csghub.models.runs.streamLogs(MODEL, 3187, { instance: 'pod-1' }));
    await collect(csghub.models.finetunes.streamLogs(MODEL, 3102));
    expect(seen.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`)).toEqual([
      `GET ${BASE}/serverless/42/status`,
      `GET ${BASE}/run/3187/status`,
      `GET ${BASE}/serverless/42/logs?since=1hour&limit=20`,
      `GET ${BASE}/run/3187/logs?instance=pod-1`,
      `GET ${BASE}/finetune/3102/logs`,
    ]);
    expect(
      seen.every((s) => s.headers.get('accept') === 'text/event-stream, application/json;q=0.9'),
    ).toBe(true);
  });
});

describe('answers', () => {
  it('turns null lists into [] and a missing serverless deploy into null', async () => {
    const { csghub } = csghubWith(() => envelope(null));
    await expect(csghub.models.runs.list(MODEL)).resolves.toEqual([]);
    await expect(csghub.models.listQuantizations(MODEL)).resolves.toEqual([]);
    await expect(csghub.models.serverless.getForModel(MODEL)).resolves.toBeNull();
  });

  it('answers undefined for actions and the payload for reads', async () => {
    const { csghub } = csghubWith((request) =>
      request.method === 'GET'
        ? envelope({ deploy_id: 42, status: 'Running' })
        : envelope({ deploy_id: 42 }),
    );
    await expect(csghub.models.runs.stop(MODEL, 42)).resolves.toBeUndefined();
    await expect(csghub.models.runs.get(MODEL, 42)).resolves.toEqual({
      deploy_id: 42,
      status: 'Running',
    });
    await expect(csghub.models.runs.create(MODEL, run)).resolves.toEqual({ deploy_id: 42 });
  });
});

describe('argument checks', () => {
  const calls: [string, (hub: CSGHub) => Promise<unknown>][] = [
    ['a deploy id of 0', (h) => h.models.runs.get(MODEL, 0)],
    ['a negative deploy id', (h) => h.models.serverless.start(MODEL, -3)],
    ['a fractional deploy id', (h) => h.models.finetunes.stop(MODEL, 1.5)],
    ['NaN', (h) => h.models.runs.delete(MODEL, Number.NaN)],
    ['a deploy id as text', (h) => h.models.runs.get(MODEL, '42' as unknown as number)],
    ['a missing deploy id', (h) => h.models.runs.wakeup(MODEL, undefined as unknown as number)],
    ['a malformed model id', (h) => h.models.serverless.get('csg-wukong-1B', 42)],
    ['a malformed model id on relations', (h) => h.models.getRelations('a/b/c')],
    ['a malformed code id', (h) => h.codes.getRelations('../x')],
    ['a stream with a bad deploy id', (h) => collect(h.models.runs.streamStatus(MODEL, 0))],
    ['a log stream with a bad model id', (h) => collect(h.models.finetunes.streamLogs('x', 1))],
    ['a waiter with a bad deploy id', (h) => h.models.serverless.waitFor(MODEL, 0, 'Running')],
  ];

  it.each(calls)('refuses %s before any request', async (_, call) => {
    const { csghub, seen } = csghubWith(() => envelope({}));
    await expect(call(csghub)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });

  it('rejects rather than throws', () => {
    const { csghub } = csghubWith(() => envelope({}));
    const promise = csghub.models.runs.get(MODEL, 0);
    expect(promise).toBeInstanceOf(Promise);
    return expect(promise).rejects.toThrow('deploy id must be a positive integer (got 0)');
  });
});

describe('retries follow the spec', () => {
  const failing = () => csghubWith(() => json({ msg: 'busy' }, { status: 503 }));
  const cases: [string, (hub: CSGHub) => Promise<unknown>, number][] = [
    ['serverless.start (x-idempotent: false)', (h) => h.models.serverless.start(MODEL, 42), 1],
    ['runs.start (x-idempotent: false)', (h) => h.models.runs.start(MODEL, 42), 1],
    ['finetunes.start (x-idempotent: false)', (h) => h.models.finetunes.start(MODEL, 42), 1],
    ['runs.create (POST)', (h) => h.models.runs.create(MODEL, run), 1],
    ['finetunes.create (POST)', (h) => h.models.finetunes.create(MODEL, run), 1],
    ['models.addDatasetRelation (POST)', (h) => h.models.addDatasetRelation(MODEL, dataset), 1],
    ['serverless.create (x-idempotent: true)', (h) => h.models.serverless.create(MODEL, run), 3],
    ['serverless.stop (PUT)', (h) => h.models.serverless.stop(MODEL, 42), 3],
    ['runs.wakeup (PUT)', (h) => h.models.runs.wakeup(MODEL, 42), 3],
    [
      'models.removeDatasetRelation (DELETE)',
      (h) => h.models.removeDatasetRelation(MODEL, dataset),
      3,
    ],
  ];

  it.each(cases)('%s: %i attempt(s) on 503', async (_, call, attempts) => {
    const { csghub, seen } = failing();
    await expect(call(csghub)).rejects.toBeInstanceOf(APIError);
    expect(seen).toHaveLength(attempts);
  });

  it('retries a start when the caller opts in', async () => {
    const { csghub, seen } = failing();
    await expect(
      csghub.models.runs.start(MODEL, 42, { retryNonIdempotent: true }),
    ).rejects.toBeInstanceOf(APIError);
    expect(seen).toHaveLength(3);
  });
});

describe('status and log streams', () => {
  it('parses status readings, including a failure with its reason', async () => {
    const { csghub } = csghubWith(() =>
      sse(
        'event:status\ndata:{"status":"DeployFailed","details":null,"message":"Back-off pulling image \\"opencsghq/vllm:v0.8.5\\"","reason":"ImagePullBackOff"}\n\n',
      ),
    );
    await expect(collect(csghub.models.serverless.streamStatus(MODEL, 2954))).resolves.toEqual([
      {
        status: 'DeployFailed',
        details: null,
        message: 'Back-off pulling image "opencsghq/vllm:v0.8.5"',
        reason: 'ImagePullBackOff',
      },
    ]);
  });

  it('ends a status stream with an APIError on a failed reading', async () => {
    const { csghub } = csghubWith(() =>
      sse(
        `${reading('Deploying')}event:error\ndata:failed to get deploy status: context deadline exceeded\n\n`,
      ),
    );
    const seen: string[] = [];
    const read = async () => {
      for await (const event of csghub.models.runs.streamStatus(MODEL, 3187))
        seen.push(event.status);
    };
    await expect(read()).rejects.toThrow(
      'status stream error: failed to get deploy status: context deadline exceeded',
    );
    expect(seen).toEqual(['Deploying']);
  });

  it('reads log lines and skips heartbeats', async () => {
    const { csghub } = csghubWith(() =>
      sse(
        'event:Container\ndata:[INFO] Running on local URL:  http://0.0.0.0:7860\n\nevent:Heartbeat\ndata:keep-alive\n\n',
      ),
    );
    await expect(collect(csghub.models.finetunes.streamLogs(MODEL, 3102))).resolves.toEqual([
      { source: 'Container', line: '[INFO] Running on local URL:  http://0.0.0.0:7860' },
    ]);
  });
});

describe('waiters', () => {
  /** A stream that sends `events` then stays open until the waiter lets go. */
  function endless(request: Request, events: string) {
    return new Response(
      new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(new TextEncoder().encode(events));
          request.signal.addEventListener('abort', () => {
            stream.error(request.signal.reason);
          });
        },
      }),
      { headers: { 'content-type': 'text/event-stream' } },
    );
  }

  it('resolves on the target, following the right stream', async () => {
    const { csghub, seen } = csghubWith((request) =>
      endless(request, reading('Pending') + reading('Deploying') + reading('Running')),
    );
    await expect(
      csghub.models.serverless.waitFor(MODEL, 2954, 'Running', { timeoutMs: 2000 }),
    ).resolves.toMatchObject({ status: 'Running' });
    await expect(
      csghub.models.runs.waitFor({ namespace: 'OpenCSG', name: 'csg-wukong-1B' }, 3187, 'Running', {
        timeoutMs: 2000,
      }),
    ).resolves.toMatchObject({ status: 'Running' });
    expect(seen.map((s) => s.url.pathname)).toEqual([
      `${BASE}/serverless/2954/status`,
      `${BASE}/run/3187/status`,
    ]);
  });

  it.each(['BuildingFailed', 'DeployFailed', 'RuntimeError', 'Deleted'])(
    'fails fast on %s when waiting for Running',
    async (state) => {
      const { csghub } = csghubWith((request) =>
        endless(request, reading('Deploying') + reading(state, 'it broke', 'Reason')),
      );
      const error = await csghub.models.runs
        .waitFor(MODEL, 3187, 'Running', { timeoutMs: 2000 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WaitFailedError);
      expect((error as Error).message).toBe(
        `deploy 3187 of OpenCSG/csg-wukong-1B to be Running failed: it is ${state} (it broke)`,
      );
    },
  );

  it('goes on through Stopped, Sleeping and ResourceUnhealthy when waiting for Running', async () => {
    const { csghub } = csghubWith((request) =>
      endless(
        request,
        reading('Stopped') +
          reading('Sleeping') +
          reading('ResourceUnhealthy') +
          reading('Running'),
      ),
    );
    await expect(
      csghub.models.runs.waitFor(MODEL, 3187, 'Running', { timeoutMs: 2000 }),
    ).resolves.toMatchObject({ status: 'Running' });
  });

  it('waits for Stopped through failure states, but not past Deleted', async () => {
    const stopping = csghubWith((request) =>
      endless(request, reading('RuntimeError') + reading('DeployFailed') + reading('Stopped')),
    );
    await expect(
      stopping.csghub.models.serverless.waitFor(MODEL, 42, 'Stopped', { timeoutMs: 2000 }),
    ).resolves.toMatchObject({ status: 'Stopped' });
    const deleted = csghubWith((request) => endless(request, reading('Deleted')));
    await expect(
      deleted.csghub.models.serverless.waitFor(MODEL, 42, 'Stopped', { timeoutMs: 2000 }),
    ).rejects.toBeInstanceOf(WaitFailedError);
  });

  it('can wait for Deleted or for a failure state itself', async () => {
    const { csghub } = csghubWith((request) =>
      endless(request, reading('RuntimeError') + reading('Deleted')),
    );
    await expect(
      csghub.models.runs.waitFor(MODEL, 1, 'Deleted', { timeoutMs: 2000 }),
    ).resolves.toMatchObject({ status: 'Deleted' });
    await expect(
      csghub.models.runs.waitFor(MODEL, 1, 'RuntimeError', { timeoutMs: 2000 }),
    ).resolves.toMatchObject({ status: 'RuntimeError' });
  });

  it('skips a failed reading by opening the stream again', async () => {
    const { csghub, seen } = csghubWith((request, call) =>
      call === 1
        ? sse(`${reading('Deploying')}event:error\ndata:context deadline exceeded\n\n`)
        : endless(request, reading('Running')),
    );
    await expect(
      csghub.models.runs.waitFor(MODEL, 3187, 'Running', { timeoutMs: 2000, intervalMs: 1 }),
    ).resolves.toMatchObject({ status: 'Running' });
    expect(seen).toHaveLength(2);
  });

  it('still fails on an HTTP error', async () => {
    const { csghub } = csghubWith(() =>
      json({ msg: 'AUTH-ERR-2: forbidden', code: 'AUTH-ERR-2' }, { status: 403 }),
    );
    await expect(
      csghub.models.serverless.waitFor(MODEL, 42, 'Running', { timeoutMs: 2000 }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('times out with the last state, and stops on abort', async () => {
    const { csghub } = csghubWith((request) => endless(request, reading('Sleeping')));
    const error = await csghub.models.runs
      .waitFor(MODEL, 3187, 'Running', { timeoutMs: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ lastState: 'Sleeping' });
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort();
    }, 20);
    await expect(
      csghub.models.serverless.waitFor(MODEL, 42, 'Running', { signal: controller.signal }),
    ).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
