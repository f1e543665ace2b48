import { describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  InternalServerError,
  InvalidArgumentError,
  InvalidResponseError,
  RateLimitError,
} from '../../../src/csghub/index.js';
import type { ChatCompletionChunk } from '../../../src/csghub/index.js';
import { csghubWith } from '../../helpers/csghub.js';
import { json, TOKEN } from '../../helpers/fake-fetch.js';
import { collect } from '../../helpers/collect.js';

const question = {
  model: 'Qwen/Qwen2.5-7B-Instruct',
  messages: [{ role: 'user' as const, content: 'Who released csg-wukong-1B?' }],
};
const streamed = { ...question, stream: true as const };

const chunk = (content: string, extra: Record<string, unknown> = {}) =>
  `data: ${JSON.stringify({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    created: 1755504120,
    model: 'Qwen/Qwen2.5-7B-Instruct',
    choices: [{ index: 0, delta: { content }, finish_reason: null }],
    ...extra,
  })}\n\n`;

interface FakeStream {
  response: Response;
  /** Whether the client cancelled the body (released the connection). */
  cancelled: () => boolean;
}

/**
 * An event stream sent as `pieces` of bytes, one per read. Unless `close`, it then stays open
 * until the request is aborted or the body cancelled, as a server that keeps the connection does.
 */
function eventStream(request: Request, pieces: Uint8Array[], close = false): FakeStream {
  let cancelled = false;
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    start(stream) {
      request.signal.addEventListener('abort', () => {
        stream.error(request.signal.reason);
      });
    },
    pull(stream) {
      const piece = pieces[next++];
      if (piece) stream.enqueue(piece);
      else if (close) stream.close();
      else return new Promise(() => undefined);
    },
    cancel() {
      cancelled = true;
    },
  });
  return {
    response: new Response(body, { headers: { 'content-type': 'text/event-stream' } }),
    cancelled: () => cancelled,
  };
}

/** `text` as bytes cut every `size` bytes, so lines and UTF-8 characters straddle reads. */
function cut(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.slice(at, at + size));
  return pieces;
}

/** A client whose every request gets the stream `text` in pieces of `size` bytes. */
function streaming(
  text: string,
  {
    size = 1 << 20,
    close = false,
    timeoutMs = 5000,
    maxEventBytes = undefined as number | undefined,
  } = {},
) {
  const streams: FakeStream[] = [];
  const { csghub, seen } = csghubWith(
    (request) => {
      const stream = eventStream(request, cut(text, size), close);
      streams.push(stream);
      return stream.response;
    },
    { timeoutMs, maxEventBytes },
  );
  return { csghub, seen, cancelled: () => streams[0]?.cancelled() };
}

const contents = (chunks: ChatCompletionChunk[]) =>
  chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');

describe('chat completions, streamed', () => {
  it('reassembles events split across reads, mid-line and mid-character', async () => {
    const text = `${chunk('开放传神 — ')}: keep-alive\n\n${chunk('open weights')}data: [DONE]\n\n`;
    for (const size of [1, 3, 7, 64]) {
      const { csghub, seen } = streaming(text, { size, close: true });
      const chunks = await collect(await csghub.chat.completions.create(streamed));
      expect(contents(chunks)).toBe('开放传神 — open weights');
      expect(seen[0]).toMatchObject({ method: 'POST', body: streamed });
      expect(seen[0]?.url.pathname).toBe('/v1/chat/completions');
      expect(seen[0]?.headers.get('accept')).toBe('text/event-stream, application/json;q=0.9');
    }
  });

  it('stops at [DONE] and releases a connection the server keeps open', async () => {
    const { csghub, cancelled } = streaming(
      `${chunk('one')}${chunk('', { choices: [], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } })}data: [DONE]\n\n`,
    );
    const chunks = await collect(await csghub.chat.completions.create(streamed));
    expect(chunks).toHaveLength(2);
    expect(chunks[1]?.usage?.total_tokens).toBe(4);
    expect(cancelled()).toBe(true);
  });

  it('ends after a blocked prompt, whose [DONE] comes without data:', async () => {
    const blocked = `data: ${JSON.stringify({
      id: '',
      object: 'chat.completion',
      created: 0,
      model: '',
      choices: [{ index: 0, delta: { content: 'blocked' }, finish_reason: 'sensitive' }],
    })}\n\n[DONE]`;
    const { csghub } = streaming(blocked, { close: true });
    const chunks = await collect(await csghub.chat.completions.create(streamed));
    expect(chunks.map((c) => c.choices[0]?.finish_reason)).toEqual(['sensitive']);
  });

  it('ends with InvalidResponseError on an event over maxEventBytes, and lets go', async () => {
    const { csghub, cancelled } = streaming(chunk('x'.repeat(4096)), {
      size: 512,
      maxEventBytes: 1024,
    });
    const error = await collect(await csghub.chat.completions.create(streamed)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toContain(
      'larger than maxEventBytes (1024 bytes) (createChatCompletion: POST /v1/chat/completions)',
    );
    expect(cancelled()).toBe(true);
  });

  it('raises RateLimitError for a spent quota sent inside the stream', async () => {
    const quota = `data: {"error":{"code":"rate_limit_exceeded","message":"Usage quota exceeded for current window","type":"rate_limit_error"}}\n\ndata: [DONE]\n\n`;
    const { csghub, cancelled } = streaming(quota);
    const stream = await csghub.chat.completions.create(streamed);
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: 'rate_limit_exceeded', status: undefined });
    expect((error as Error).message).toBe(
      'rate_limit_exceeded: Usage quota exceeded for current window (createChatCompletion: POST /v1/chat/completions)',
    );
    expect(cancelled()).toBe(true);
  });

  it('raises APIError for another error after some chunks', async () => {
    const { csghub } = streaming(
      `${chunk('partial')}data: {"error":{"message":"upstream reset","type":"server_error"}}\n\n`,
    );
    const seen: string[] = [];
    const read = async () => {
      for await (const c of await csghub.chat.completions.create(streamed))
        seen.push(c.choices[0]?.delta.content ?? '');
    };
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).not.toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      code: 'server_error',
      body: { error: { message: 'upstream reset' } },
    });
    expect(seen).toEqual(['partial']);
  });

  it('refuses an event that is not JSON', async () => {
    const { csghub } = streaming('data: <html>\n\n', { close: true });
    const stream = await csghub.chat.completions.create(streamed);
    await expect(collect(stream)).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it('masks the token in the parse error it keeps as cause', async () => {
    // V8 quotes the text it could not parse in the SyntaxError's message.
    const { csghub } = streaming(`data: {"key":${TOKEN}}\n\n`, { close: true });
    const stream = await csghub.chat.completions.create(streamed);
    const error = (await collect(stream).catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    const cause = error.cause as Error;
    // Not even the cut-short start of the token that V8 quotes.
    const shown = `${cause.message} ${cause.stack ?? ''} ${JSON.stringify(error)}`;
    expect(shown).not.toContain(TOKEN.slice(0, 8));
    expect(cause.message).toContain('not valid JSON');
  });

  it('cancels the request when the loop is left early', async () => {
    const { csghub, cancelled } = streaming(chunk('one') + chunk('two') + chunk('three'));
    const stream = await csghub.chat.completions.create(streamed);
    for await (const c of stream) {
      expect(c.choices[0]?.delta.content).toBe('one');
      break;
    }
    expect(cancelled()).toBe(true);
  });

  it('stops with APIUserAbortError when the caller aborts mid-stream', async () => {
    const { csghub } = streaming(chunk('one'));
    const controller = new AbortController();
    const stream = await csghub.chat.completions.create(streamed, { signal: controller.signal });
    const read = async () => {
      for await (const c of stream) {
        expect(c.choices[0]?.delta.content).toBe('one');
        controller.abort();
      }
    };
    await expect(read()).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('times out a stream that goes quiet', async () => {
    const { csghub } = streaming(chunk('one'), { timeoutMs: 50 });
    const stream = await csghub.chat.completions.create(streamed);
    await expect(collect(stream)).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('raises an HTTP error before the stream starts, without retrying', async () => {
    const { csghub, seen } = csghubWith(() =>
      json({ error: { message: 'no backend', code: 'model_unavailable' } }, { status: 503 }),
    );
    await expect(csghub.chat.completions.create(streamed)).rejects.toMatchObject({
      status: 503,
      code: 'model_unavailable',
    });
    expect(seen).toHaveLength(1);
  });
});

describe('chat completions, whole', () => {
  it('posts the conversation as JSON, once even on a 500', async () => {
    const { csghub, seen } = csghubWith(() =>
      json({ error: { message: 'boom', type: 'server_error' } }, { status: 500 }),
    );
    await expect(csghub.chat.completions.create(question)).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', body: question });
    expect(seen[0]?.headers.get('accept')).toBe('application/json');
    expect(seen[0]?.headers.get('authorization')).toMatch(/^Bearer /);
  });

  it('gives a blocked prompt (a chunk-shaped answer) a message', async () => {
    const { csghub } = csghubWith(() =>
      json({
        id: '',
        object: 'chat.completion',
        created: 0,
        model: '',
        choices: [{ index: 0, delta: { content: 'blocked' }, finish_reason: 'sensitive' }],
      }),
    );
    const completion = await csghub.chat.completions.create(question);
    expect(completion.choices).toEqual([
      { index: 0, message: { role: 'assistant', content: 'blocked' }, finish_reason: 'sensitive' },
    ]);
  });
});

describe('embeddings, models and MCP resources', () => {
  it('posts embeddings once, never retried', async () => {
    const { csghub, seen } = csghubWith(() => json({ error: 'busy' }, { status: 502 }));
    await expect(
      csghub.embeddings.create({ model: 'BAAI/bge-m3', input: ['a', 'b'] }),
    ).rejects.toThrow('busy');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url.pathname).toBe('/v1/embeddings');
    expect(seen[0]?.body).toEqual({ model: 'BAAI/bge-m3', input: ['a', 'b'] });
  });

  it('lists models with repeated llm_types, retrying reads', async () => {
    const { csghub, seen } = csghubWith((_, call) =>
      call === 1
        ? json({ error: { message: 'later' } }, { status: 503 })
        : json({ object: 'list', data: [], has_more: false, total_count: 0 }),
    );
    await csghub.inferenceModels.list({ llm_types: ['serverless', 'inference'], task: 'x' });
    expect(seen).toHaveLength(2);
    expect(seen[1]?.url.pathname).toBe('/v1/models');
    expect(seen[1]?.url.search).toBe('?llm_types=serverless&llm_types=inference&task=x');
  });

  it('sends a model id as one path segment', async () => {
    const { csghub, seen } = csghubWith(() => json({ id: 'x' }));
    await csghub.inferenceModels.get('Qwen/Qwen2.5-7B-Instruct');
    await csghub.inferenceModels.get('csg-wukong-1B:2bq');
    expect(seen.map((s) => s.url.pathname)).toEqual([
      '/v1/models/Qwen%2FQwen2.5-7B-Instruct',
      '/v1/models/csg-wukong-1B%3A2bq',
    ]);
  });

  it('refuses empty, . and .. model ids before any request', async () => {
    const { csghub, seen } = csghubWith(() => json({}));
    for (const id of ['', '.', '..']) {
      await expect(csghub.inferenceModels.get(id)).rejects.toBeInstanceOf(InvalidArgumentError);
    }
    expect(seen).toHaveLength(0);
  });

  it('pages MCP resources from the bare {data, total} answer', async () => {
    const resource = (id: number) => ({ id, name: `r${id}`, url: 'https://x', protocol: 'sse' });
    const { csghub, seen } = csghubWith((request) => {
      const page = new URL(request.url).searchParams.get('page');
      return json(
        page === '1'
          ? { data: [resource(1), resource(2)], total: 3 }
          : { data: [resource(3)], total: 3 },
      );
    });
    const ids: number[] = [];
    for await (const r of csghub.mcpResources.list({ per: 2 })) ids.push(r.id);
    expect(ids).toEqual([1, 2, 3]);
    expect(seen.map((s) => s.url.search)).toEqual(['?per=2&page=1', '?per=2&page=2']);
  });
});

describe('secrets in streams', () => {
  it('masks the token in an in-band error that echoes it', async () => {
    const { csghub } = csghubWith(
      () =>
        new Response(
          `data: {"error":{"message":"key ${TOKEN} is out of quota","type":"rate_limit_exceeded"}}\n\n`,
          {
            headers: { 'content-type': 'text/event-stream' },
          },
        ),
    );
    const stream = await csghub.chat.completions.create({
      model: 'Qwen/Qwen2.5-7B-Instruct',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    const read = async () => {
      for await (const chunk of stream) expect(chunk).toBeUndefined();
    };
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(TOKEN);
  });
});
