/**
 * Live event streams: a status stream that stays open and follows the stored state on one
 * connection, log heartbeats, chat chunks paced one by one, and no stream left running once
 * its client is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { eventBlocks, splitChunk, streamKind } from '../../mocks/streams.js';
import { CSGHub, type ChatCompletionChunk } from '../../src/csghub/index.js';
import type { FetchLike } from '../../src/core/options.js';

const INTERVAL_MS = 60;
const PACE_MS = 25;
const SPACE = 'wanghh2000/live-space';

let mock: MockServer;

beforeAll(async () => {
  mock = await startMock({
    api: 'csghub',
    errors: true,
    stateful: true,
    statefulDelayMs: 250,
    streams: { intervalMs: INTERVAL_MS, chatPaceMs: PACE_MS },
  });
});

afterAll(async () => {
  await mock.stop();
});

/** Every request the client sends, by path. */
function counting(): { fetch: FetchLike; paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    fetch: (input, init) => {
      paths.push(new URL(input).pathname);
      return globalThis.fetch(input, init);
    },
  };
}

const health = async () =>
  (await (await fetch(`${mock.url}/__health`)).json()) as { streams: number };

/** Polls the health check until no stream is open, or gives up after two seconds. */
async function streamsClosed(): Promise<number> {
  const deadline = Date.now() + 2000;
  let open = (await health()).streams;
  while (open > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    open = (await health()).streams;
  }
  return open;
}

describe('status streams', () => {
  it('show Building → Deploying → Running on one connection, repeating the state', async () => {
    const { fetch, paths } = counting();
    const csghub = new CSGHub({ token: 'demo-token', baseUrl: mock.url, fetch });
    await csghub.spaces.create({
      name: 'live-space',
      license: 'apache-2.0',
      sdk: 'gradio',
      resource_id: 1,
      cluster_id: '3c5d1a2e-9f0b-4a57-8d6e-2b1f0c7e9a14',
    });
    await csghub.spaces.run(SPACE);
    const seen: string[] = [];
    for await (const event of csghub.spaces.streamStatus(SPACE)) {
      seen.push(event.status);
      if (seen.filter((s) => s === 'Running').length === 3) break;
    }
    const changes = seen.filter((s, i) => s !== seen[i - 1]);
    expect(changes).toEqual(['Building', 'Deploying', 'Running']);
    // The hub repeats an unchanged state each reading: more readings than states.
    expect(seen.length).toBeGreaterThan(changes.length + 1);
    expect(paths.filter((p) => p.endsWith('/status'))).toHaveLength(1);
    expect(await streamsClosed()).toBe(0);
  });

  it('play the example one reading at a time for a space the store does not hold', async () => {
    const csghub = new CSGHub({ token: undefined, baseUrl: mock.url });
    const seen: string[] = [];
    for await (const event of csghub.spaces.streamStatus('OpenCSG/wukong-chat')) {
      seen.push(event.status);
      if (seen.length === 5) break;
    }
    expect(seen).toEqual(['Building', 'Deploying', 'Running', 'Running', 'Running']);
  });
});

describe('log streams', () => {
  it('send the lines, then a Heartbeat keep-alive, and stop when the client leaves', async () => {
    const abort = new AbortController();
    const response = await fetch(`${mock.url}/api/v1/spaces/OpenCSG/wukong-chat/logs`, {
      headers: { accept: 'text/event-stream' },
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    if (!response.body) throw new Error('no body');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (text.split('event:Heartbeat\ndata:keep-alive').length < 3) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    // Every line of the example, then heartbeats on the same connection.
    expect(text).toContain('event:Build\ndata:Successfully built 3f9c2a7d1e4b\n\n');
    expect(text).toContain('event:Container\ndata:* Running on local URL:  http://0.0.0.0:7860');
    expect(text.split('event:Heartbeat\ndata:keep-alive\n\n')).toHaveLength(3);
    expect((await health()).streams).toBeGreaterThan(0);
    abort.abort();
    expect(await streamsClosed()).toBe(0);
  });
});

describe('chat completion streams', () => {
  const haiku = {
    model: 'csg-wukong-1B:2bq',
    messages: [{ role: 'user' as const, content: 'Write a haiku about open-source models.' }],
    stream: true as const,
    stream_options: { include_usage: true },
  };

  it('come chunk by chunk at the configured pace, word-sized, up to [DONE]', async () => {
    const csghub = new CSGHub({ token: 'demo-token', baseUrl: mock.url });
    const chunks: ChatCompletionChunk[] = [];
    const arrivals: number[] = [];
    for await (const chunk of await csghub.chat.completions.create(haiku)) {
      chunks.push(chunk);
      arrivals.push(performance.now());
    }
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe(
      'Open weights unfold,\nmany hands tune the same mind —\nspring in every fork.',
    );
    // Split into words: far more chunks than the example's five.
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.at(-1)?.usage?.total_tokens).toBe(38);
    // Spread over time: timers never fire early, so the span is at least the paces between.
    const span = (arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0);
    expect(span).toBeGreaterThanOrEqual(PACE_MS * (chunks.length - 1) * 0.8);
    expect(new Set(arrivals.map((t) => Math.floor(t / PACE_MS))).size).toBeGreaterThan(5);
    expect(await streamsClosed()).toBe(0);
  });
});

describe('reading a stream example', () => {
  const chunk = (content: string) =>
    `data: ${JSON.stringify({ id: 'c', choices: [{ index: 0, delta: { content } }] })}`;

  it('splits events on blank lines, leaving comments out, and tells the kinds apart', () => {
    const blocks = eventBlocks(
      'event:status\ndata:Building\n\n\n: a comment\n\nevent:status\r\ndata:Running',
    );
    expect(blocks).toEqual(['event:status\ndata:Building', 'event:status\ndata:Running']);
    expect(streamKind(blocks)).toBe('status');
    expect(streamKind(['event:error\ndata:no rows'])).toBe('status');
    expect(streamKind(['event:Container\ndata:up', 'event:Heartbeat\ndata:keep-alive'])).toBe(
      'logs',
    );
    expect(streamKind(['data:{"id":"user:1","status":"connected"}'])).toBe('readings');
    expect(streamKind([chunk('hi'), 'data: [DONE]'])).toBe('chat');
  });

  it('splits a chat chunk into word-sized chunks that add up to its content', () => {
    const parts = splitChunk(chunk('\nmany hands tune —\n'));
    const contents = parts.map(
      (p) =>
        (JSON.parse(p.slice('data: '.length)) as { choices: { delta: { content: string } }[] })
          .choices[0]?.delta.content,
    );
    expect(contents).toEqual(['\nmany', ' hands', ' tune', ' —\n']);
    expect(splitChunk(chunk('one'))).toEqual([chunk('one')]);
    expect(splitChunk('data: [DONE]')).toEqual(['data: [DONE]']);
    expect(splitChunk('data: not json')).toEqual(['data: not json']);
  });
});
