/**
 * Repeated reads answered from memory (mocks/replay.ts): only what cannot have changed is sent
 * again, writes drop everything, and what is kept is bounded. The last tests run the data-backed
 * CSGHub mock, where a write must show in the very same request that was answered before it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESET_PATH } from '../../mocks/config.js';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { createReplay, type Replay, type ReplayOptions } from '../../mocks/replay.js';

interface Harness {
  url: string;
  /** How many requests reached the handler behind the replay. */
  answered: () => number;
  close: () => Promise<void>;
}

/**
 * A server answering `{"n": <count>}` behind a replay; the request's `x-keep` header says
 * whether the answer may be kept, `x-status` and `x-violations` shape it, and a request that
 * is not a GET waits for `x-wait` ms before it ends (a slow write).
 */
async function harness(replay: Replay): Promise<Harness> {
  let count = 0;
  const server = http.createServer((request, response) => {
    const capture = replay.arrive(request, response);
    if (capture && replay.serve(request, response)) return;
    count++;
    if (request.headers['x-keep']) replay.keepable(request.headers);
    const body = JSON.stringify({ n: count });
    const end = () => {
      response.statusCode = Number(request.headers['x-status'] ?? 200);
      response.setHeader('content-type', 'application/json');
      if (request.headers['x-violations']) response.setHeader('sl-violations', '[]');
      capture?.(body);
      response.end(body);
    };
    request.resume();
    setTimeout(end, Number(request.headers['x-wait'] ?? 0));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    answered: () => count,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers });
  return { status: response.status, body: (await response.json()) as { n: number } };
};

async function withHarness(
  run: (h: Harness, replay: Replay) => Promise<void>,
  options?: ReplayOptions,
): Promise<void> {
  const replay = createReplay(options);
  const h = await harness(replay);
  try {
    await run(h, replay);
  } finally {
    await h.close();
  }
}

describe('replay', () => {
  it('sends a kept answer again for the same request, and only for it', async () => {
    await withHarness(async (h) => {
      const keep = { 'x-keep': '1' };
      expect((await get(`${h.url}/a`, keep)).body).toEqual({ n: 1 });
      expect((await get(`${h.url}/a`, keep)).body).toEqual({ n: 1 });
      expect(h.answered()).toBe(1);
      // Another query, another header value: another request.
      expect((await get(`${h.url}/a?x=1`, keep)).body).toEqual({ n: 2 });
      expect((await get(`${h.url}/a`, { ...keep, authorization: 'other' })).body).toEqual({
        n: 3,
      });
    });
  });

  it('keeps nothing the handler did not mark, nor errors nor reported violations', async () => {
    await withHarness(async (h, replay) => {
      await get(`${h.url}/unmarked`);
      await get(`${h.url}/failed`, { 'x-keep': '1', 'x-status': '404' });
      await get(`${h.url}/violating`, { 'x-keep': '1', 'x-violations': '1' });
      expect(replay.size()).toBe(0);
      await get(`${h.url}/unmarked`);
      expect(h.answered()).toBe(4);
    });
  });

  it('drops everything when a write arrives, and keeps no read that overlapped it', async () => {
    await withHarness(async (h, replay) => {
      const keep = { 'x-keep': '1' };
      await get(`${h.url}/a`, keep);
      expect(replay.size()).toBe(1);
      const write = fetch(`${h.url}/a`, { method: 'POST', headers: { 'x-wait': '200' } });
      // Give the write time to arrive before the read.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(replay.size()).toBe(0);
      expect((await get(`${h.url}/a`, keep)).body).toEqual({ n: 3 });
      await write;
      expect(replay.size()).toBe(0);
      expect((await get(`${h.url}/a`, keep)).body).toEqual({ n: 4 });
      expect((await get(`${h.url}/a`, keep)).body).toEqual({ n: 4 });
    });
  });

  it('keeps at most maxEntries answers, dropping the oldest first', async () => {
    await withHarness(
      async (h, replay) => {
        const keep = { 'x-keep': '1' };
        for (const path of ['/1', '/2', '/3']) await get(`${h.url}${path}`, keep);
        expect(replay.size()).toBe(2);
        expect((await get(`${h.url}/3`, keep)).body).toEqual({ n: 3 });
        expect((await get(`${h.url}/1`, keep)).body).toEqual({ n: 4 });
      },
      { maxEntries: 2 },
    );
  });

  it('keeps no answer larger than maxBytes', async () => {
    await withHarness(
      async (h, replay) => {
        await get(`${h.url}/a`, { 'x-keep': '1' });
        expect(replay.size()).toBe(0);
      },
      { maxBytes: 4 },
    );
  });
});

describe('replay in the data-backed CSGHub mock', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock({ api: 'csghub', errors: true, stateful: true });
  });
  afterAll(async () => {
    await mock.stop();
  });

  const headers = { authorization: 'Bearer demo-token', 'content-type': 'application/json' };
  const listNewest = async () => {
    const response = await fetch(`${mock.url}/api/v1/models?per=3`, {
      headers: { authorization: headers.authorization },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('sl-violations')).toBeNull();
    const body = (await response.json()) as { data: { path: string }[]; total: number };
    return { paths: body.data.map((m) => m.path), total: body.total };
  };

  it('answers a repeated list the same, and shows a create and a reset at once', async () => {
    const before = await listNewest();
    expect(await listNewest()).toEqual(before);
    const created = await fetch(`${mock.url}/api/v1/models`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ namespace: 'replay', name: 'fresh-model', license: 'mit' }),
    });
    expect(created.status).toBe(200);
    const after = await listNewest();
    expect(after.total).toBe(before.total + 1);
    expect(after.paths[0]).toBe('replay/fresh-model');
    expect(await listNewest()).toEqual(after);
    await fetch(`${mock.url}${RESET_PATH}`, { method: 'POST' });
    expect(await listNewest()).toEqual(before);
  });
});
