import { describe, expect, it } from 'vitest';
import { APIConnectionTimeoutError, APIUserAbortError } from '../../../src/csghub/index.js';
import { csghubWith, envelope } from '../../helpers/csghub.js';

const OID = 'a4f0e7e96b4f6af4a1b597c2fc4a42ec9a997c64ab7da96760c40582a0ac27a5';
const POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 13\n`;
const SIGNED = `https://storage.test/lfs/${OID}?X-Amz-Signature=abc`;

const bytes = (text: string, headers: Record<string, string> = {}) =>
  new Response(text, {
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(new TextEncoder().encode(text).byteLength),
      ...headers,
    },
  });

/** A body that sends `chunks` one by one, `gapMs` apart, and honours aborts. */
function slowBody(request: Request, chunks: string[], gapMs: number): Response {
  const encoder = new TextEncoder();
  return new Response(
    new ReadableStream<Uint8Array>({
      async start(stream) {
        request.signal.addEventListener('abort', () => {
          stream.error(request.signal.reason);
        });
        for (const chunk of chunks) {
          await new Promise((resolve) => setTimeout(resolve, gapMs));
          if (request.signal.aborted) return;
          stream.enqueue(encoder.encode(chunk));
        }
        stream.close();
      },
    }),
    { headers: { 'content-type': 'application/octet-stream' } },
  );
}

describe('download()', () => {
  it('streams a file with its name, size and progress', async () => {
    const { csghub, seen } = csghubWith(() =>
      bytes('{"architectures": ["LlamaForCausalLM"]}', {
        'content-disposition': 'attachment; filename="config.json"',
      }),
    );
    const progress: [number, number | undefined][] = [];
    const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'sub dir/config.json', {
      ref: 'main',
      onProgress: (loaded, total) => progress.push([loaded, total]),
    });
    expect(file).toMatchObject({ filename: 'config.json', size: 39, lfs: false });
    expect(await new Response(file.body).text()).toBe('{"architectures": ["LlamaForCausalLM"]}');
    expect(progress.at(-1)).toEqual([39, 39]);
    expect(seen[0]?.url.pathname).toBe(
      '/api/v1/models/OpenCSG/csg-wukong-1B/download/sub%20dir/config.json',
    );
    expect(seen[0]?.headers.get('accept')).toBe('application/octet-stream, application/json');
  });

  it('returns a small binary file byte for byte', async () => {
    const data = new Uint8Array([0xff, 0x00, 0xfe, 0x80, 0xc3]);
    const { csghub } = csghubWith(
      () => new Response(data, { headers: { 'content-length': String(data.byteLength) } }),
    );
    const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'tokenizer.bin');
    expect(file).toMatchObject({ filename: 'tokenizer.bin', size: 5, lfs: false });
    expect(new Uint8Array(await new Response(file.body).arrayBuffer())).toEqual(data);
  });

  it('times out on a small file whose bytes stop coming', async () => {
    const { csghub } = csghubWith(
      (request) => {
        const response = slowBody(request, ['a', 'b'], 200);
        return new Response(response.body, { headers: { 'content-length': '2' } });
      },
      { timeoutMs: 40 },
    );
    await expect(
      csghub.datasets.download('OpenCSG/chinese-fineweb-edu', 'README.md'),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('follows an LFS pointer to its signed URL, without sending the token there', async () => {
    const { csghub, seen } = csghubWith((request) => {
      const url = new URL(request.url);
      if (url.origin === 'https://storage.test') return bytes('model weights');
      if (url.searchParams.get('lfs') === 'true') return envelope(SIGNED);
      return bytes(POINTER);
    });
    const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'model.safetensors');
    expect(file).toMatchObject({ filename: 'model.safetensors', size: 13, lfs: true });
    expect(await new Response(file.body).text()).toBe('model weights');
    expect(seen.map((s) => s.url.pathname + s.url.search)).toEqual([
      '/api/v1/models/OpenCSG/csg-wukong-1B/download/model.safetensors',
      `/api/v1/models/OpenCSG/csg-wukong-1B/download/${OID}?lfs=true`,
      `/lfs/${OID}?X-Amz-Signature=abc`,
    ]);
    expect(seen[2]?.headers.has('authorization')).toBe(false);
    expect(seen[0]?.headers.get('authorization')).toMatch(/^Bearer /);
  });

  it('keeps going while data flows, whatever the total time', async () => {
    const { csghub } = csghubWith((request) => slowBody(request, ['a', 'b', 'c', 'd', 'e'], 15), {
      timeoutMs: 60,
    });
    const file = await csghub.datasets.download('OpenCSG/chinese-fineweb-edu', 'data.jsonl');
    expect(await new Response(file.body).text()).toBe('abcde');
  });

  it('times out when no data arrives for timeoutMs', async () => {
    const { csghub } = csghubWith((request) => slowBody(request, ['a', 'b'], 200), {
      timeoutMs: 40,
    });
    const file = await csghub.datasets.download('OpenCSG/chinese-fineweb-edu', 'data.jsonl');
    await expect(new Response(file.body).text()).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('stops when the signal aborts mid-stream', async () => {
    const controller = new AbortController();
    const { csghub } = csghubWith((request) => slowBody(request, ['a', 'b', 'c'], 30));
    const file = await csghub.codes.download('OpenCSG/csghub-sdk', 'big.bin', {
      signal: controller.signal,
    });
    const reader = file.body.getReader();
    await reader.read();
    controller.abort();
    await expect(reader.read()).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('streams a large file that claims to be small, and maxResponseBytes does not apply', async () => {
    const CHUNK = 64 * 1024;
    const TOTAL = 128 * CHUNK;
    let pulled = 0;
    const { csghub } = csghubWith(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(stream) {
              if (pulled === TOTAL) {
                stream.close();
                return;
              }
              stream.enqueue(new Uint8Array(CHUNK).fill(pulled / CHUNK));
              pulled += CHUNK;
            },
          }),
          // Small enough to be an LFS pointer: the client looks at the start of the body.
          { headers: { 'content-length': '100' } },
        ),
      { maxResponseBytes: 1024 },
    );
    const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'weights.bin');
    // Only the start was read to look for a pointer; the rest waits for the caller.
    expect(pulled).toBeLessThanOrEqual(4 * CHUNK);
    const reader = file.body.getReader();
    let received = 0;
    let intact = true;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let i = 0; i < value.byteLength; i += 997) {
        if (value[i] !== Math.floor((received + i) / CHUNK) % 256) intact = false;
      }
      received += value.byteLength;
    }
    expect(received).toBe(TOTAL);
    expect(intact).toBe(true);
  });
});
