import { describe, expect, it } from 'vitest';
import {
  APIError,
  InvalidArgumentError,
  WaitFailedError,
  WaitTimeoutError,
  type CSGHub,
} from '../../../src/csghub/index.js';
import { json } from '../../helpers/fake-fetch.js';
import { csghubWith, envelope } from '../../helpers/csghub.js';
import { endless, sse } from '../../helpers/streams.js';
import { collect } from '../../helpers/collect.js';

const SPACE = 'OpenCSG/chat';
const DATASET = 'OpenCSG/GSM8K_zh';

const states = (...values: string[]) => values.map((v) => `event:status\ndata:${v}\n\n`).join('');

const query = (url: URL | undefined) => Object.fromEntries(url?.searchParams ?? []);

describe('spaces: deployments', () => {
  it.each([
    ['run', '/api/v1/spaces/OpenCSG/chat/run'],
    ['stop', '/api/v1/spaces/OpenCSG/chat/stop'],
    ['wakeup', '/api/v1/spaces/OpenCSG/chat/wakeup'],
  ] as const)('%s POSTs to %s without a body', async (method, path) => {
    const { csghub, seen } = csghubWith(() => json({ msg: 'OK' }));
    await expect(csghub.spaces[method]({ namespace: 'OpenCSG', name: 'chat' })).resolves.toBe(
      undefined,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', body: undefined });
    expect(seen[0]?.url.pathname).toBe(path);
  });

  it('resolves run, stop and wakeup to nothing, whatever data the answer carries', async () => {
    const { csghub } = csghubWith(() => envelope({ deploy_id: 7 }));
    await expect(csghub.spaces.run(SPACE)).resolves.toBeUndefined();
    await expect(csghub.spaces.stop(SPACE)).resolves.toBeUndefined();
    await expect(csghub.spaces.wakeup(SPACE)).resolves.toBeUndefined();
  });

  it('does not retry run and stop, which are not idempotent, but retries wakeup', async () => {
    const { csghub, seen } = csghubWith(() => json({ msg: 'busy' }, { status: 503 }));
    await expect(csghub.spaces.run(SPACE)).rejects.toBeInstanceOf(APIError);
    await expect(csghub.spaces.stop(SPACE)).rejects.toBeInstanceOf(APIError);
    expect(seen).toHaveLength(2);
    await expect(csghub.spaces.wakeup(SPACE)).rejects.toBeInstanceOf(APIError);
    expect(seen).toHaveLength(5);
  });

  it('lists CUDA versions for a resource type, and reads a null list as empty', async () => {
    const { csghub, seen } = csghubWith((_, call) => envelope(call === 1 ? ['12.1.0'] : null));
    await expect(csghub.spaces.listCudaVersions({ resource_type: 'npu' })).resolves.toEqual([
      '12.1.0',
    ]);
    await expect(csghub.spaces.listCudaVersions()).resolves.toEqual([]);
    expect(seen[0]?.url.pathname).toBe('/api/v1/spaces/cuda-versions');
    expect(query(seen[0]?.url)).toEqual({ resource_type: 'npu' });
    expect(seen[1]?.url.search).toBe('');
  });

  it('streams plain-text status events as an event stream', async () => {
    const { csghub, seen } = csghubWith(() => sse(states('', 'Building', 'Running')));
    const events = await collect(csghub.spaces.streamStatus(SPACE));
    expect(events).toEqual([{ status: '' }, { status: 'Building' }, { status: 'Running' }]);
    expect(seen[0]?.url.pathname).toBe('/api/v1/spaces/OpenCSG/chat/status');
    expect(seen[0]?.headers.get('accept')).toBe('text/event-stream, application/json;q=0.9');
  });

  it('streams log lines with their source, joins multi-line entries, skips heartbeats', async () => {
    const { csghub, seen } = csghubWith(() =>
      sse(
        'event:Build\ndata:Step 1/9 : FROM python:3.10\n\n' +
          'event:Heartbeat\ndata:keep-alive\n\n' +
          'event:Container\ndata:Traceback (most recent call last):\ndata:File "app.py"\n\n',
      ),
    );
    const lines = await collect(csghub.spaces.streamLogs(SPACE, { since: '1day' }));
    expect(lines).toEqual([
      { source: 'Build', line: 'Step 1/9 : FROM python:3.10' },
      { source: 'Container', line: 'Traceback (most recent call last):\nFile "app.py"' },
    ]);
    expect(seen[0]?.url.pathname).toBe('/api/v1/spaces/OpenCSG/chat/logs');
    expect(query(seen[0]?.url)).toEqual({ since: '1day' });
  });

  it('ends the status stream with an APIError on an error event', async () => {
    const { csghub } = csghubWith(() =>
      sse('event:error\ndata:failed to get latest space deploy by space id 2817\n\n'),
    );
    await expect(collect(csghub.spaces.streamStatus(SPACE))).rejects.toThrow(
      'status stream error: failed to get latest space deploy by space id 2817',
    );
  });
});

describe('spaces.waitFor', () => {
  it('resolves on the target and closes the stream', async () => {
    let closed = false;
    const { csghub, seen } = csghubWith((request) =>
      endless(
        request,
        states('Pending', 'Building', 'Deploying', 'Running'),
        () => (closed = true),
      ),
    );
    await expect(csghub.spaces.waitFor(SPACE, 'Running', { timeoutMs: 2000 })).resolves.toEqual({
      status: 'Running',
    });
    expect(seen[0]?.url.pathname).toBe('/api/v1/spaces/OpenCSG/chat/status');
    expect(closed).toBe(true);
  });

  it('reports each state of the stream to onStatus', async () => {
    const { csghub } = csghubWith((request) =>
      endless(request, states('Building', 'Building', 'Deploying', 'Running')),
    );
    const seen: string[] = [];
    await csghub.spaces.waitFor(SPACE, 'Running', {
      timeoutMs: 2000,
      onStatus: (state) => seen.push(state),
    });
    expect(seen).toEqual(['Building', 'Deploying', 'Running']);
  });

  it.each([
    'BuildingFailed',
    'DeployFailed',
    'RuntimeError',
    'Deleted',
    'ResourceUnhealthy',
    'NoAppFile',
    'NoNGINXConf',
  ])('fails fast on %s', async (failure) => {
    const { csghub } = csghubWith((request) => endless(request, states('Building', failure)));
    const error = await csghub.spaces
      .waitFor(SPACE, 'Running', { timeoutMs: 5000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(error).toMatchObject({
      state: failure,
      message: `space OpenCSG/chat to be Running failed: it is ${failure}`,
    });
  });

  it('waits through Sleeping and Stopped, which are not failures', async () => {
    const { csghub } = csghubWith((request) =>
      endless(request, states('Sleeping', 'Stopped', 'Building', 'Running')),
    );
    await expect(csghub.spaces.waitFor(SPACE, 'Running', { timeoutMs: 2000 })).resolves.toEqual({
      status: 'Running',
    });
  });

  it('waits for a state that is a failure when waiting for Running', async () => {
    const { csghub } = csghubWith((request) => endless(request, states('Running', 'Deleted')));
    await expect(csghub.spaces.waitFor(SPACE, 'Deleted', { timeoutMs: 2000 })).resolves.toEqual({
      status: 'Deleted',
    });
  });

  it('times out with the last state seen, reopening a stream that ends', async () => {
    const { csghub, seen } = csghubWith(() => sse(states('Building')));
    const error = await csghub.spaces
      .waitFor(SPACE, 'Running', { timeoutMs: 100, intervalMs: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ lastState: 'Building' });
    expect(seen.length).toBeGreaterThan(1);
  });

  it('fails with the APIError of the stream', async () => {
    const { csghub } = csghubWith(() => json({ msg: 'forbidden' }, { status: 403 }));
    await expect(csghub.spaces.waitFor(SPACE, 'Running', { timeoutMs: 2000 })).rejects.toThrow(
      APIError,
    );
  });
});

describe('mcps', () => {
  it('deploys an MCP server with the body as given', async () => {
    const { csghub, seen } = csghubWith(() => envelope({ id: 2817, path: 'me/fetch-demo' }));
    const body = { namespace: 'me', name: 'fetch-demo', resource_id: 3, private: true };
    await expect(csghub.mcps.deploy('OpenCSG/fetch-mcp', body)).resolves.toMatchObject({
      path: 'me/fetch-demo',
    });
    expect(seen[0]).toMatchObject({ method: 'POST', body });
    expect(seen[0]?.url.pathname).toBe('/api/v1/mcps/OpenCSG/fetch-mcp/deploys');
  });

  it('does not retry a deploy', async () => {
    const { csghub, seen } = csghubWith(() => json({ msg: 'down' }, { status: 502 }));
    await expect(
      csghub.mcps.deploy('OpenCSG/fetch-mcp', { namespace: 'me', name: 'x1', resource_id: 1 }),
    ).rejects.toBeInstanceOf(APIError);
    expect(seen).toHaveLength(1);
  });

  it('walks every tool of every page, nested in data', async () => {
    const tools = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, name: `tool${i + 1}` }));
    const { csghub, seen } = csghubWith((request) => {
      const url = new URL(request.url);
      const page = Number(url.searchParams.get('page'));
      const per = Number(url.searchParams.get('per'));
      const items = tools.slice((page - 1) * per, page * per);
      return envelope({ data: items.length ? items : null, total: tools.length });
    });
    const all = await collect(csghub.mcps.listTools({ search: 'tool', per: 2 }));
    expect(all.map((tool) => tool.id)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.map((s) => s.url.pathname)).toEqual(Array(3).fill('/api/v1/mcps/tools'));
    expect(seen.map((s) => query(s.url))).toEqual(
      [1, 2, 3].map((page) => ({ search: 'tool', page: String(page), per: '2' })),
    );
  });
});

describe('datasets.viewer', () => {
  const columns = ['question', 'id'];
  /** A split of `total` rows, paged by `page`/`per`. */
  const split = (total: number) =>
    csghubWith((request) => {
      const url = new URL(request.url);
      const page = Number(url.searchParams.get('page'));
      const per = Number(url.searchParams.get('per'));
      const rows = Array.from({ length: total }, (_, i) => [`q${i}`, String(i)]).slice(
        (page - 1) * per,
        page * per,
      );
      return envelope({ columns, columns_type: ['BYTE_ARRAY', 'INT64'], rows, total });
    });

  it('reads the catalog', async () => {
    const { csghub, seen } = csghubWith(() => envelope({ configs: null, status: 1 }));
    await expect(csghub.datasets.viewer.getCatalog(DATASET)).resolves.toEqual({
      configs: null,
      status: 1,
    });
    expect(seen[0]?.url.pathname).toBe('/api/v1/datasets/OpenCSG/GSM8K_zh/dataviewer/catalog');
  });

  it('pages rows with their columns, and walks every row of every page', async () => {
    const { csghub, seen } = split(5);
    const rows = csghub.datasets.viewer.listRows(DATASET, {
      config: 'default',
      split: 'train',
      where: 'id > 0',
      per: 2,
    });
    const first = await rows;
    expect(first).toMatchObject({ columns, columns_type: ['BYTE_ARRAY', 'INT64'], total: 5 });
    expect(first.items).toEqual([
      ['q0', '0'],
      ['q1', '1'],
    ]);
    const second = await first.getNextPage();
    expect(second).toMatchObject({ page: 2, columns });
    const all = await collect(rows);
    expect(all.map((row) => row[1])).toEqual(['0', '1', '2', '3', '4']);
    expect(seen[0]?.url.pathname).toBe('/api/v1/datasets/OpenCSG/GSM8K_zh/dataviewer/rows');
    expect(query(seen[0]?.url)).toEqual({
      config: 'default',
      split: 'train',
      where: 'id > 0',
      page: '1',
      per: '2',
    });
    // The first page, the next one, then pages 2 and 3 of the walk.
    expect(seen.map((s) => s.url.searchParams.get('page'))).toEqual(['1', '2', '2', '3']);
  });

  it('starts at the asked page with the default page size', async () => {
    const { csghub, seen } = split(120);
    const page = await csghub.datasets.viewer.listRows(DATASET, {
      config: 'default',
      split: 'test',
      page: 3,
    });
    expect(page.items).toHaveLength(20);
    expect(page.hasNextPage()).toBe(false);
    expect(query(seen[0]?.url)).toMatchObject({ page: '3', per: '50' });
  });

  it('reads an empty answer as an empty last page', async () => {
    const { csghub } = csghubWith(() =>
      envelope({ columns: null, columns_type: null, rows: null, total: 0 }),
    );
    const page = await csghub.datasets.viewer.listRows(DATASET, { config: 'a', split: 'b' });
    expect(page).toMatchObject({ items: [], columns: [], columns_type: [], total: 0 });
    expect(page.hasNextPage()).toBe(false);
  });

  it('previews a file by its encoded path and walks its pages', async () => {
    const { csghub, seen } = split(3);
    const page = csghub.datasets.viewer.previewFile(DATASET, 'data/train set#1.parquet', {
      per: 2,
    });
    expect((await page).columns).toEqual(columns);
    expect(await collect(page)).toHaveLength(3);
    expect(seen[0]?.url.pathname).toBe(
      '/api/v1/datasets/OpenCSG/GSM8K_zh/viewer/data/train%20set%231.parquet',
    );
    expect(query(seen[0]?.url)).toEqual({ page: '1', per: '2' });
  });
});

describe('argument checks', () => {
  const calls: [string, (hub: CSGHub) => Promise<unknown>][] = [
    ['spaces.run', (hub) => hub.spaces.run('no-slash')],
    ['spaces.stop', (hub) => hub.spaces.stop('a/b/c')],
    ['spaces.wakeup', (hub) => hub.spaces.wakeup({ namespace: '', name: 'x' })],
    ['spaces.streamStatus', (hub) => collect(hub.spaces.streamStatus('../x'))],
    ['spaces.streamLogs', (hub) => collect(hub.spaces.streamLogs('ns/'))],
    ['spaces.waitFor', (hub) => hub.spaces.waitFor('x', 'Running')],
    [
      'mcps.deploy',
      (hub) => hub.mcps.deploy('bad id', { namespace: 'me', name: 'xx', resource_id: 1 }),
    ],
    ['viewer.getCatalog', (hub) => hub.datasets.viewer.getCatalog('/')],
    [
      'viewer.listRows',
      (hub) => collect(hub.datasets.viewer.listRows('x', { config: 'a', split: 'b' })),
    ],
    ['viewer.previewFile id', (hub) => hub.datasets.viewer.previewFile('x', 'a.parquet')],
    ['viewer.previewFile path', (hub) => hub.datasets.viewer.previewFile(DATASET, '../a.parquet')],
  ];

  it.each(calls)('%s rejects a bad argument before any request', async (_, call) => {
    const { csghub, seen } = csghubWith(() => envelope({}));
    let result: Promise<unknown> | undefined;
    expect(() => (result = call(csghub))).not.toThrow();
    await expect(result).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });
});
