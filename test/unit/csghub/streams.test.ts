import { describe, expect, it } from 'vitest';
import {
  APIError,
  APIUserAbortError,
  InvalidResponseError,
  WaitFailedError,
  WaitTimeoutError,
} from '../../../src/csghub/index.js';
import { transportsOf } from '../../../src/csghub/client.js';
import { logLines, statusEvents, waitForStatus } from '../../../src/csghub/streams.js';
import type { Operation } from '../../../src/internal/transport.js';
import { csghubWith } from '../../helpers/csghub.js';
import { endless, sse } from '../../helpers/streams.js';

const op: Operation = {
  id: 'streamThingStatus',
  method: 'GET',
  path: '/api/v1/things/{id}/status',
  idempotent: true,
};

const status = (value: string, extra = '') =>
  `event:status\ndata:{"status":"${value}","details":null,"message":"${extra}","reason":""}\n\n`;

function setup(
  handler: Parameters<typeof csghubWith>[0],
  timeoutMs = 5000,
  maxEventBytes?: number,
) {
  const { csghub, seen } = csghubWith(handler, { timeoutMs, maxEventBytes });
  const { hub } = transportsOf(csghub);
  const open = (signal: AbortSignal) =>
    statusEvents<string>(hub, op, { params: { path: { id: 7 } } }, { signal });
  return { hub, seen, open };
}

describe('status streams', () => {
  it('parses status events (JSON or plain) and asks for an event stream', async () => {
    const { hub, seen } = setup(() =>
      sse(`${status('Deploying')}event: status\ndata: Running\n\n`),
    );
    const states: string[] = [];
    for await (const event of statusEvents(hub, op, { params: { path: { id: 7 } } }))
      states.push(event.status);
    expect(states).toEqual(['Deploying', 'Running']);
    expect(seen[0]?.url.pathname).toBe('/api/v1/things/7/status');
    expect(seen[0]?.headers.get('accept')).toBe('text/event-stream, application/json;q=0.9');
  });

  it('ends with an APIError on an error event', async () => {
    const { hub } = setup(() =>
      sse(`${status('Deploying')}event:error\ndata:cluster unreachable\n\n`),
    );
    const states: string[] = [];
    const read = async () => {
      for await (const event of statusEvents(hub, op, { params: { path: { id: 7 } } }))
        states.push(event.status);
    };
    await expect(read()).rejects.toThrow(APIError);
    await expect(read()).rejects.toThrow('status stream error: cluster unreachable');
    expect(states[0]).toBe('Deploying');
  });

  it("ends with InvalidResponseError on a line over the client's maxEventBytes", async () => {
    const { hub } = setup(() => sse(status('Deploying', 'x'.repeat(300))), 5000, 256);
    const read = async () => {
      for await (const event of statusEvents(hub, op, { params: { path: { id: 7 } } }))
        expect(event).toBeUndefined();
    };
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toContain(
      'larger than maxEventBytes (256 bytes) (streamThingStatus: GET /api/v1/things/{id}/status)',
    );
  });

  it('reads log lines and skips heartbeats', async () => {
    const { hub } = setup(() =>
      sse(
        'event:Build\ndata:step 1/3\n\nevent:Heartbeat\ndata:\n\nevent:Container\ndata:listening on :7860\n\n',
      ),
    );
    const lines = [];
    for await (const line of logLines(hub, op, { params: { path: { id: 7 } } })) lines.push(line);
    expect(lines).toEqual([
      { source: 'Build', line: 'step 1/3' },
      { source: 'Container', line: 'listening on :7860' },
    ]);
  });
});

describe('waitForStatus', () => {
  const wait = (open: (signal: AbortSignal) => AsyncIterable<{ status: string }>) => ({
    open,
    target: 'Running',
    failures: new Set(['DeployFailed', 'BuildingFailed']),
    what: 'thing 7 to be Running',
    operation: op,
  });

  it('resolves on the target and closes the stream', async () => {
    let closed = false;
    const { open } = setup((request) =>
      endless(request, status('Building') + status('Running'), () => (closed = true)),
    );
    await expect(waitForStatus(wait(open), { timeoutMs: 2000 })).resolves.toMatchObject({
      status: 'Running',
    });
    expect(closed).toBe(true);
  });

  it('fails fast on a failure state, with its message', async () => {
    const { open } = setup((request) =>
      endless(request, status('Deploying') + status('DeployFailed', 'image pull failed')),
    );
    const error = await waitForStatus(wait(open), { timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect((error as Error).message).toBe(
      'thing 7 to be Running failed: it is DeployFailed (image pull failed)',
    );
  });

  it('opens the stream again when it ends early', async () => {
    const { open, seen } = setup((_, call) =>
      sse(call < 3 ? status('Deploying') : status('Running')),
    );
    await expect(
      waitForStatus(wait(open), { intervalMs: 1, timeoutMs: 2000 }),
    ).resolves.toMatchObject({ status: 'Running' });
    expect(seen).toHaveLength(3);
  });

  it('reads again after a failed reading instead of failing', async () => {
    const { open, seen } = setup((_, call) =>
      sse(
        call === 1 ? `${status('Deploying')}event:error\ndata:cache miss\n\n` : status('Running'),
      ),
    );
    await expect(
      waitForStatus(wait(open), { intervalMs: 1, timeoutMs: 2000 }),
    ).resolves.toMatchObject({
      status: 'Running',
    });
    expect(seen).toHaveLength(2);
  });

  it('times out with the last state seen', async () => {
    const { open } = setup((request) => endless(request, status('Building')));
    const error = await waitForStatus(wait(open), { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ lastState: 'Building' });
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const { open } = setup((request) => endless(request, status('Building')));
    setTimeout(() => {
      controller.abort();
    }, 20);
    await expect(
      waitForStatus(wait(open), { signal: controller.signal, timeoutMs: 5000 }),
    ).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
