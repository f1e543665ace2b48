import { describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  BadRequestError,
  InternalServerError,
  InvalidArgumentError,
  InvalidResponseError,
  WaitFailedError,
  WaitTimeoutError,
} from '../../../src/csghub/index.js';
import type { RepoKind } from '../../../src/csghub/resources/discussions.js';
import { csghubWith, envelope } from '../../helpers/csghub.js';
import { json } from '../../helpers/fake-fetch.js';
import { collect } from '../../helpers/collect.js';

const route = (seen: { method: string; url: URL }[]) =>
  seen.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`);

/** A fake list: `total` items `{ id }`, paged by `page`/`per`, shaped by `answer`. */
function pagedServer(total: number, answer: (items: { id: number }[]) => Response) {
  return csghubWith((request) => {
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page'));
    const per = Number(url.searchParams.get('per'));
    const all = Array.from({ length: total }, (_, i) => ({ id: i + 1 }));
    return answer(all.slice((page - 1) * per, page * per));
  });
}

describe('discussions', () => {
  it.each<[RepoKind, string]>([
    ['models', 'models'],
    ['datasets', 'datasets'],
    ['codes', 'codes'],
    ['spaces', 'spaces'],
    ['mcps', 'mcpserver'],
  ])('sends the %s kind as {repo_type} %s', async (kind, repoType) => {
    const { csghub, seen } = csghubWith(() => envelope({ id: 1, title: 't' }));
    await csghub.discussions.list(kind, 'OpenCSG/x', { per: 5 });
    await csghub.discussions.create(kind, { namespace: 'OpenCSG', name: 'x' }, { title: 't' });
    expect(route(seen)).toEqual([
      `GET /api/v1/${repoType}/OpenCSG/x/discussions?per=5&page=1`,
      `POST /api/v1/${repoType}/OpenCSG/x/discussions`,
    ]);
    expect(seen[1]?.body).toEqual({ title: 't' });
  });

  it.each([
    ['mcpserver', 'OpenCSG/x'],
    ['prompts', 'OpenCSG/x'],
    ['models', 'OpenCSG'],
    ['models', 'a/b/c'],
  ])('refuses kind %j with id %j before any request', async (kind, id) => {
    const { csghub, seen } = csghubWith(() => envelope({}));
    await expect(csghub.discussions.list(kind as RepoKind, id)).rejects.toThrow(
      InvalidArgumentError,
    );
    await expect(csghub.discussions.create(kind as RepoKind, id, { title: 't' })).rejects.toThrow(
      InvalidArgumentError,
    );
    expect(seen).toHaveLength(0);
  });

  it('walks discussions nested in data.discussions, counted by the envelope total', async () => {
    const { csghub, seen } = pagedServer(5, (items) =>
      envelope({ discussions: items.length ? items : null }, { total: 5 }),
    );
    const ids = (await collect(csghub.discussions.list('spaces', 'OpenCSG/x', { per: 2 }))).map(
      (d) => d.id,
    );
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(seen).toHaveLength(3);
  });

  it('reads data.discussions null (no discussions) as an empty page', async () => {
    const { csghub } = csghubWith(() => envelope({ discussions: null }));
    const page = await csghub.discussions.list('models', 'OpenCSG/x');
    expect(page.items).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
  });

  it('puts the comment id in both segments when editing or deleting a comment', async () => {
    const { csghub, seen } = csghubWith(() => envelope(undefined));
    await expect(csghub.discussions.updateComment(305, { content: 'c' })).resolves.toBeUndefined();
    await expect(csghub.discussions.deleteComment(305)).resolves.toBeUndefined();
    expect(route(seen)).toEqual([
      'PUT /api/v1/discussions/305/comments/305',
      'DELETE /api/v1/discussions/305/comments/305',
    ]);
    expect(seen[0]?.body).toEqual({ content: 'c' });
  });

  it('sends the comment page of a discussion and pages its comments', async () => {
    const { csghub, seen } = csghubWith(() => envelope([{ id: 9 }], { total: 1 }));
    await csghub.discussions.get(87, { page: 2, per: 10 });
    const page = await csghub.discussions.listComments(87);
    expect(page.items).toEqual([{ id: 9 }]);
    expect(route(seen)).toEqual([
      'GET /api/v1/discussions/87?page=2&per=10',
      'GET /api/v1/discussions/87/comments?page=1&per=50',
    ]);
  });

  it('does not retry posting a comment', async () => {
    const { csghub, seen } = csghubWith(() => json({ msg: 'busy' }, { status: 503 }));
    await expect(csghub.discussions.createComment(87, { content: 'c' })).rejects.toThrow('busy');
    expect(seen).toHaveLength(1);
  });
});

describe('answers without msg (tags, runtime frameworks)', () => {
  const tag = { id: 12, name: 'text-generation', category: 'task', scope: 'model' };

  it('unwraps { data } and the JSON null of a delete', async () => {
    const { csghub, seen } = csghubWith((request) =>
      request.method === 'DELETE' ? json(null) : json({ data: tag }),
    );
    await expect(csghub.tags.get(12)).resolves.toEqual(tag);
    const { data, response } = await csghub.tags
      .update(12, { name: 'n', category: 'task', scope: 'model' })
      .withResponse();
    expect(data).toEqual(tag);
    expect(response.status).toBe(200);
    await expect(csghub.tags.delete(12)).resolves.toBeUndefined();
    await expect(csghub.tags.deleteCategory(3)).resolves.toBeUndefined();
    expect(route(seen)).toEqual([
      'GET /api/v1/tags/12',
      'PUT /api/v1/tags/12',
      'DELETE /api/v1/tags/12',
      'DELETE /api/v1/tags/categories/3',
    ]);
  });

  it('still accepts the usual envelope', async () => {
    const { csghub } = csghubWith(() => envelope({ id: 17, name: 'industry' }));
    await expect(
      csghub.tags.createCategory({ name: 'industry', scope: 'dataset' }),
    ).resolves.toEqual({ id: 17, name: 'industry' });
  });

  it.each([
    ['not JSON', () => new Response('<html>oops</html>', { status: 200 })],
    ['a JSON array', () => json([tag])],
    ['a JSON string', () => json('ok')],
  ])('refuses a 2xx body that is %s', async (_, answer) => {
    const { csghub } = csghubWith(answer);
    const error = await csghub.tags.get(12).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200 });
  });

  it('turns error statuses into typed errors with the service message', async () => {
    const { csghub, seen } = csghubWith(() =>
      json({ msg: 'SYS-ERR-3: duplicate tag', code: 'SYS-ERR-3' }, { status: 500 }),
    );
    await expect(
      csghub.tags.create({ name: 'x', category: 'task', scope: 'model' }),
    ).rejects.toMatchObject({ constructor: InternalServerError, code: 'SYS-ERR-3' });
    // Not idempotent: never retried.
    expect(seen).toHaveLength(1);
  });

  it('times out a body that stops arriving', async () => {
    const { csghub } = csghubWith(
      (request) =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(stream) {
              stream.enqueue(new TextEncoder().encode('{"data":'));
              // As fetch does: aborting the request errors its body.
              request.signal.addEventListener('abort', () => {
                stream.error(request.signal.reason);
              });
            },
          }),
        ),
      { timeoutMs: 50 },
    );
    await expect(csghub.tags.get(12)).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('pages runtime-framework models from { data, total }', async () => {
    const { csghub, seen } = pagedServer(3, (items) =>
      json({ data: items.length ? items : null, total: 3 }),
    );
    const all = await collect(csghub.runtimeFrameworks.listModels({ deploy_type: 4, per: 2 }));
    expect(all).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    const forSix = await csghub.runtimeFrameworks.listModelsFor(6, { per: 2, page: 2 });
    expect(forSix).toMatchObject({ items: [{ id: 3 }], total: 3, page: 2 });
    expect(route(seen)).toEqual([
      'GET /api/v1/runtime_framework/models?deploy_type=4&per=2&page=1',
      'GET /api/v1/runtime_framework/models?deploy_type=4&per=2&page=2',
      'GET /api/v1/runtime_framework/6/models?per=2&page=2',
    ]);
  });

  it('reads a framework list of null as empty', async () => {
    const { csghub } = csghubWith(() => json({ data: null }));
    await expect(csghub.runtimeFrameworks.list({ deploy_type: 7 })).resolves.toEqual([]);
  });
});

describe('tags', () => {
  it('repeats list filters and reads categories', async () => {
    const { csghub, seen } = csghubWith(() => envelope(null));
    await csghub.tags.list({ scope: ['model', 'dataset'], category: ['task'], built_in: false });
    await expect(csghub.tags.listCategories()).resolves.toEqual([]);
    expect(route(seen)).toEqual([
      'GET /api/v1/tags?scope=model&scope=dataset&category=task&built_in=false&page=1&per=50',
      'GET /api/v1/tags/categories',
    ]);
  });
});

describe('runtime frameworks', () => {
  it('sends deploy_type in the query and the models in the body', async () => {
    const { csghub, seen } = csghubWith((request) =>
      envelope(request.method === 'PUT' ? ['OpenCSG/b'] : null),
    );
    await expect(
      csghub.runtimeFrameworks.addModels(6, { models: ['OpenCSG/a', 'OpenCSG/b'], deploy_type: 2 }),
    ).resolves.toEqual(['OpenCSG/b']);
    await expect(
      csghub.runtimeFrameworks.removeModels(6, { models: ['OpenCSG/a'] }),
    ).resolves.toEqual([]);
    expect(route(seen)).toEqual([
      'PUT /api/v1/runtime_framework/6/models?deploy_type=2',
      'DELETE /api/v1/runtime_framework/6/models',
    ]);
    expect(seen.map((s) => s.body)).toEqual([
      { models: ['OpenCSG/a', 'OpenCSG/b'] },
      { models: ['OpenCSG/a'] },
    ]);
  });
});

describe('clusters', () => {
  const csv = 'ClusterID,DeployName\nc-1,"a,b"\n';

  it('downloads the deploys report as text, asking for CSV', async () => {
    const { csghub, seen } = csghubWith(
      () => new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } }),
    );
    const { data, response } = await csghub.clusters
      .downloadDeploysReport(
        { status: 'running', start_time: '2026-06-01', end_time: '2026-06-02 12:00:00' },
        { headers: { 'X-Trace': '1' } },
      )
      .withResponse();
    expect(data).toBe(csv);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(route(seen)).toEqual([
      'GET /api/v1/cluster/deploys_report?status=running&start_time=2026-06-01&end_time=2026-06-02%2012%3A00%3A00',
    ]);
    expect(seen[0]?.headers.get('accept')).toBe('text/csv, application/json');
    expect(seen[0]?.headers.get('x-trace')).toBe('1');
  });

  it('refuses a report larger than maxResponseBytes', async () => {
    const { csghub } = csghubWith(
      () => new Response(csv.repeat(200), { headers: { 'content-type': 'text/csv' } }),
      { maxResponseBytes: 4096 },
    );
    const error = await csghub.clusters.downloadDeploysReport().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toContain(
      '200 response is larger than maxResponseBytes (4096 bytes) (downloadClusterDeploysReport',
    );
  });

  it('reports a bad range with the service message', async () => {
    const { csghub } = csghubWith(() =>
      json({ msg: 'start_time and end_time must be provided together' }, { status: 400 }),
    );
    const error = await csghub.clusters
      .downloadDeploysReport({ start_time: '2026-06-01' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(String(error)).toContain('start_time and end_time must be provided together');
  });

  it('puts the namespace in the path and only exclusive in the body', async () => {
    const { csghub, seen } = csghubWith(() => envelope(undefined));
    await csghub.clusters.admin.setNodeAccessMode(12, { namespace: 'OpenCSG', exclusive: true });
    await csghub.clusters.admin.enableNodeVxpu(12);
    await csghub.clusters.admin.disableNodeVxpu(12);
    expect(route(seen)).toEqual([
      'PUT /api/v1/admin/cluster/nodes/12/OpenCSG/set_access_mode',
      'PUT /api/v1/admin/cluster/nodes/12/vxpu/enable',
      'PUT /api/v1/admin/cluster/nodes/12/vxpu/disable',
    ]);
    expect(seen.map((s) => s.body)).toEqual([{ exclusive: true }, undefined, undefined]);
  });

  it('refuses an empty namespace or cluster id before any request', async () => {
    const { csghub, seen } = csghubWith(() => envelope(undefined));
    await expect(
      csghub.clusters.admin.setNodeAccessMode(12, { namespace: '', exclusive: true }),
    ).rejects.toThrow(InvalidArgumentError);
    await expect(csghub.clusters.get('')).rejects.toThrow(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });

  it('reads null lists as empty and pages the admin lists', async () => {
    const { csghub, seen } = csghubWith(() => envelope(null, { total: 0 }));
    await expect(csghub.clusters.list()).resolves.toEqual([]);
    await expect(csghub.clusters.listUsages()).resolves.toEqual([]);
    await expect(csghub.clusters.admin.listNodes()).resolves.toEqual([]);
    await expect(collect(csghub.clusters.admin.listDeploys({ status: 23 }))).resolves.toEqual([]);
    await expect(
      collect(csghub.clusters.admin.listWorkflows({ status: 'Failed' })),
    ).resolves.toEqual([]);
    expect(route(seen).slice(3)).toEqual([
      'GET /api/v1/admin/cluster/deploys?status=23&page=1&per=50',
      'GET /api/v1/admin/cluster/workflows?status=Failed&page=1&per=50',
    ]);
  });
});

describe('evaluations', () => {
  const answering = (...states: string[]) =>
    csghubWith((_, call) =>
      envelope({ id: 318, status: states[Math.min(call, states.length) - 1], reason: '' }),
    );

  it('polls until the evaluation has succeeded', async () => {
    const { csghub, seen } = answering('', 'Pending', 'Running', 'Succeeded');
    const done = await csghub.evaluations.waitFor(318, { intervalMs: 1 });
    expect(done.status).toBe('Succeeded');
    expect(route(seen)).toEqual(Array(4).fill('GET /api/v1/evaluations/318'));
  });

  it.each(['Failed', 'Error'])('fails fast when it ends %s', async (state) => {
    const { csghub, seen } = answering('Running', state, 'Succeeded');
    await expect(csghub.evaluations.waitFor(318, { intervalMs: 1 })).rejects.toMatchObject({
      constructor: WaitFailedError,
      state,
    });
    expect(seen).toHaveLength(2);
  });

  it('times out with the last state seen', async () => {
    const { csghub } = answering('');
    await expect(
      csghub.evaluations.waitFor(318, { intervalMs: 5, timeoutMs: 40 }),
    ).rejects.toMatchObject({ constructor: WaitTimeoutError, lastState: 'unreported' });
  });

  it('does not retry starting an evaluation', async () => {
    const { csghub, seen } = csghubWith(() => json({ msg: 'busy' }, { status: 503 }));
    await expect(
      csghub.evaluations.create({ runtime_framework_id: 21, resource_id: 12 }),
    ).rejects.toThrow('busy');
    expect(seen).toHaveLength(1);
  });
});
