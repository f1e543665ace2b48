import { describe, expect, it } from 'vitest';
import {
  InternalServerError,
  WaitFailedError,
  WaitTimeoutError,
} from '../../../src/csghub/index.js';
import { collect } from '../../helpers/collect.js';
import { csghubWith, envelope } from '../../helpers/csghub.js';
import { json } from '../../helpers/fake-fetch.js';

const route = (seen: { method: string; url: URL }[]) =>
  seen.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`);

const sse = (text: string) =>
  new Response(text, { headers: { 'content-type': 'text/event-stream' } });

const JOB = {
  runtime_framework_id: 27,
  resource_id: 12,
  model_id: 'OpenCSG/csg-wukong-1B',
  dataset_id: 'OpenCSG/alpaca-zh',
};

describe('finetunes.jobs', () => {
  it('submits a job as JSON and answers its workflow record', async () => {
    const { csghub, seen } = csghubWith(() => envelope({ id: 512, task_id: 'abc', status: '' }));
    await expect(csghub.finetunes.jobs.create({ ...JOB, epochs: 3 })).resolves.toMatchObject({
      id: 512,
      task_id: 'abc',
    });
    expect(route(seen)).toEqual(['POST /api/v1/finetunes']);
    expect(seen[0]?.body).toEqual({ ...JOB, epochs: 3 });
  });

  it('does not retry a submission', async () => {
    const { csghub, seen } = csghubWith(() => json({ msg: 'busy' }, { status: 503 }));
    await expect(csghub.finetunes.jobs.create(JOB)).rejects.toThrow('busy');
    expect(seen).toHaveLength(1);
  });

  it('reads and deletes a job by id', async () => {
    const { csghub, seen } = csghubWith((request) =>
      request.method === 'DELETE' ? json({ msg: 'OK', data: null }) : envelope({ id: 512 }),
    );
    await expect(csghub.finetunes.jobs.get(512)).resolves.toEqual({ id: 512 });
    await expect(csghub.finetunes.jobs.delete(512)).resolves.toBeUndefined();
    expect(route(seen)).toEqual(['GET /api/v1/finetunes/512', 'DELETE /api/v1/finetunes/512']);
  });

  it('reads the log as text, asking for no stream', async () => {
    const { csghub, seen } = csghubWith(() => envelope('line one\nline two'));
    await expect(csghub.finetunes.jobs.logs(512, { since: '1hour' })).resolves.toBe(
      'line one\nline two',
    );
    expect(route(seen)).toEqual(['GET /api/v1/finetunes/512/logs?since=1hour&stream=false']);
  });

  it('streams log lines by task id, skipping heartbeats', async () => {
    const { csghub, seen } = csghubWith(() =>
      sse(
        'event:Container\ndata:epoch 1\n\nevent:Heartbeat\ndata:keep-alive\n\nevent:Container\ndata:epoch 2\n\n',
      ),
    );
    await expect(collect(csghub.finetunes.jobs.streamLogs('1n9f3k2mzq8rt'))).resolves.toEqual([
      { source: 'Container', line: 'epoch 1' },
      { source: 'Container', line: 'epoch 2' },
    ]);
    expect(route(seen)).toEqual(['GET /api/v1/finetunes/1n9f3k2mzq8rt/logs?stream=true']);
    expect(seen[0]?.headers.get('accept')).toBe('text/event-stream, application/json;q=0.9');
  });

  it('ends a log stream refused as JSON with the typed error', async () => {
    const { csghub } = csghubWith(() =>
      json({ msg: "don't find any finetune job log" }, { status: 500 }),
    );
    await expect(collect(csghub.finetunes.jobs.streamLogs(512))).rejects.toBeInstanceOf(
      InternalServerError,
    );
  });

  it('walks a user list answered without msg', async () => {
    const { csghub, seen } = csghubWith((request) => {
      const page = Number(new URL(request.url).searchParams.get('page'));
      return json({ data: page === 1 ? [{ id: 1 }, { id: 2 }] : [{ id: 3 }], total: 3 });
    });
    await expect(collect(csghub.finetunes.jobs.list('wanghh2000', { per: 2 }))).resolves.toEqual([
      { id: 1 },
      { id: 2 },
      { id: 3 },
    ]);
    expect(route(seen)).toEqual([
      'GET /api/v1/user/wanghh2000/finetune/jobs?per=2&page=1',
      'GET /api/v1/user/wanghh2000/finetune/jobs?per=2&page=2',
    ]);
  });

  it('reads an empty list answered as data null', async () => {
    const { csghub } = csghubWith(() => json({ data: null, total: 0 }));
    const page = await csghub.finetunes.jobs.list('wanghh2000');
    expect(page.items).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
  });

  describe('waitFor', () => {
    const answering = (...states: string[]) =>
      csghubWith((_, call) =>
        envelope({ id: 512, status: states[Math.min(call, states.length) - 1], reason: '' }),
      );

    it('polls until the job has succeeded', async () => {
      const { csghub, seen } = answering('', 'Pending', 'Running', 'Succeeded');
      const done = await csghub.finetunes.jobs.waitFor(512, { intervalMs: 1 });
      expect(done.status).toBe('Succeeded');
      expect(route(seen)).toEqual(Array(4).fill('GET /api/v1/finetunes/512'));
    });

    it.each(['Failed', 'Error'])('fails fast when it ends %s', async (state) => {
      const { csghub, seen } = answering('Running', state, 'Succeeded');
      await expect(csghub.finetunes.jobs.waitFor(512, { intervalMs: 1 })).rejects.toMatchObject({
        constructor: WaitFailedError,
        state,
      });
      expect(seen).toHaveLength(2);
    });

    it('reports each state change to onStatus and times out with the last one', async () => {
      const { csghub } = answering('', 'Pending');
      const states: string[] = [];
      await expect(
        csghub.finetunes.jobs.waitFor(512, {
          intervalMs: 5,
          timeoutMs: 60,
          onStatus: (s) => states.push(s),
        }),
      ).rejects.toMatchObject({ constructor: WaitTimeoutError, lastState: 'Pending' });
      expect(states).toEqual(['unreported', 'Pending']);
    });
  });
});
