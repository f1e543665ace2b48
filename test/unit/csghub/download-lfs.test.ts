import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { APIConnectionError, CSGHub, InvalidResponseError } from '../../../src/csghub/index.js';
import { listen } from '../../../tooling/static-server.js';
import { csghubWith, envelope } from '../../helpers/csghub.js';

const OID = 'a4f0e7e96b4f6af4a1b597c2fc4a42ec9a997c64ab7da96760c40582a0ac27a5';
const pointer = (size: number) =>
  `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize ${size}\n`;
const SIGNED = `https://storage.test/lfs/${OID}?X-Amz-Signature=abc`;

const bytes = (text: string) =>
  new Response(text, {
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(new TextEncoder().encode(text).byteLength),
    },
  });

/** A hub whose file is an LFS pointer of `size` bytes, stored at `url` as `stored`. */
/** Storage that never stops sending, 4 bytes at a time. */
const endless = () =>
  new Response(
    new ReadableStream<Uint8Array>({
      pull(stream) {
        stream.enqueue(new Uint8Array(4));
      },
    }),
  );

function lfsHub(size: number, stored: () => Response, url = SIGNED, options = {}) {
  let cancelled = false;
  const result = csghubWith((request) => {
    const at = new URL(request.url);
    if (at.origin === 'https://storage.test') {
      const response = stored();
      const reader = response.body?.getReader();
      return new Response(
        new ReadableStream<Uint8Array>({
          async pull(stream) {
            const next = await reader?.read();
            if (!next || next.done) stream.close();
            else stream.enqueue(next.value);
          },
          cancel() {
            cancelled = true;
          },
        }),
      );
    }
    if (at.searchParams.get('lfs') === 'true') return envelope(url);
    return bytes(pointer(size));
  }, options);
  return { ...result, cancelled: () => cancelled };
}

describe('download() of an LFS file', () => {
  it("gives the pointer's sha256 and size, and passes bytes that match the size", async () => {
    const { csghub } = lfsHub(13, () => bytes('model weights'));
    const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'model.safetensors');
    expect(file).toMatchObject({ lfs: true, size: 13, sha256: OID });
    expect(await new Response(file.body).text()).toBe('model weights');
  });

  it('errors, naming the operation, when storage sends more bytes than the pointer says', async () => {
    const { csghub, cancelled } = lfsHub(5, endless);
    const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'model.safetensors');
    const error = await new Response(file.body).text().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/more than the 5 bytes.*downloadLfsObject/);
    expect(cancelled()).toBe(true);
  });

  it('lets the storage body go when the file is cancelled, and reports progress to the end', async () => {
    const { csghub, cancelled } = lfsHub(1000, endless);
    const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'model.safetensors');
    const reader = file.body.getReader();
    expect((await reader.read()).value?.byteLength).toBe(4);
    await reader.cancel();
    expect(cancelled()).toBe(true);

    const progress: number[] = [];
    const counted = lfsHub(13, () => bytes('model weights')).csghub;
    const whole = await counted.models.download('OpenCSG/csg-wukong-1B', 'model.safetensors', {
      onProgress: (loaded) => progress.push(loaded),
    });
    expect(await new Response(whole.body).text()).toBe('model weights');
    expect(progress.at(-1)).toBe(13);
  });

  it('ends the body and lets the storage body go when the progress callback throws', async () => {
    const { csghub, cancelled } = lfsHub(1000, endless);
    const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'model.safetensors', {
      onProgress: () => {
        throw new Error('progress failed');
      },
    });
    await expect(new Response(file.body).text()).rejects.toThrow('progress failed');
    expect(cancelled()).toBe(true);
  });

  it('errors when storage ends before the size the pointer says', async () => {
    const { csghub } = lfsHub(100, () => bytes('model weights'));
    const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'model.safetensors');
    const error = await new Response(file.body).text().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/13 of 100 bytes.*downloadLfsObject/);
  });

  it.each(['data:text/plain,hello', 'file:///etc/passwd', 'javascript:alert(1)', '/relative'])(
    'refuses the storage URL %s without fetching it',
    async (url) => {
      const { csghub, seen } = lfsHub(5, () => bytes('hello'), url);
      const error = await csghub.models
        .download('OpenCSG/csg-wukong-1B', 'model.safetensors')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toMatch(/not an http\(s\) URL/);
      expect(seen).toHaveLength(2);
    },
  );

  it("sends neither the client's headers nor the call's to a storage host of another origin", async () => {
    const { csghub, seen } = lfsHub(13, () => bytes('model weights'), SIGNED, {
      headers: { cookie: 'session=s3cret', 'x-api-key': 'k3y' },
    });
    const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'model.safetensors', {
      headers: { 'x-call-secret': 'c4ll' },
    });
    await new Response(file.body).text();
    expect(seen[0]?.headers.get('cookie')).toBe('session=s3cret');
    expect(seen[0]?.headers.get('x-call-secret')).toBe('c4ll');
    const storage = seen[2]?.headers;
    expect(storage && [...storage.keys()].sort()).toEqual(['accept']);
  });
});

describe('download() redirected by the hub', () => {
  /** Two local servers on different ports (so different origins): a hub and a storage host. */
  async function servers() {
    const seen: { url: string; headers: http.IncomingHttpHeaders }[] = [];
    const storage = http.createServer((request, response) => {
      seen.push({ url: request.url ?? '', headers: request.headers });
      response.end('from storage');
    });
    const storageUrl = await listen(storage, 0, '127.0.0.1');
    const hub = http.createServer((request, response) => {
      seen.push({ url: request.url ?? '', headers: request.headers });
      const to = request.url?.includes('data')
        ? 'data:text/plain,hello'
        : request.url?.includes('elsewhere')
          ? `${storageUrl}/object`
          : request.url?.includes('same')
            ? '/api/v1/final'
            : undefined;
      if (to) {
        response.writeHead(302, { location: to });
        response.end();
      } else response.end('from hub');
    });
    const hubUrl = await listen(hub, 0, '127.0.0.1');
    const csghub = new CSGHub({
      token: 'hub-token',
      baseUrl: hubUrl,
      headers: { cookie: 'session=s3cret', 'x-api-key': 'k3y' },
    });
    const close = () => {
      hub.close();
      storage.close();
    };
    return { csghub, seen, close };
  }

  it("keeps the token and the client's and call's headers off another origin", async () => {
    const { csghub, seen, close } = await servers();
    try {
      const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'elsewhere.bin', {
        headers: { 'x-call-secret': 'c4ll' },
      });
      expect(await new Response(file.body).text()).toBe('from storage');
      expect(seen[0]?.headers['x-api-key']).toBe('k3y');
      const stored = seen[1]?.headers ?? {};
      expect(seen[1]?.url).toBe('/object');
      for (const name of ['authorization', 'cookie', 'x-api-key', 'x-call-secret']) {
        expect(stored[name], name).toBeUndefined();
      }
    } finally {
      close();
    }
  });

  it('keeps them on a redirect within the same origin', async () => {
    const { csghub, seen, close } = await servers();
    try {
      const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'same.bin');
      expect(await new Response(file.body).text()).toBe('from hub');
      expect(seen[1]?.url).toBe('/api/v1/final');
      expect(seen[1]?.headers).toMatchObject({
        authorization: 'Bearer hub-token',
        'x-api-key': 'k3y',
      });
    } finally {
      close();
    }
  });

  it('refuses a redirect to a non-http(s) URL', async () => {
    const { csghub, close } = await servers();
    try {
      const error = await csghub.models
        .download('OpenCSG/csg-wukong-1B', 'data.bin', { maxRetries: 0 })
        .catch((e: unknown) => e);
      // Asking again would meet the same redirect: an unusable answer, not a connection error.
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).not.toBeInstanceOf(APIConnectionError);
      expect(String((error as Error).cause)).toMatch(/redirect refused \(data:/);
    } finally {
      close();
    }
  });
});

describe('download() of an LFS file from an offset', () => {
  /** A hub whose 13-byte LFS file's storage answers `stored(range)`; records the ranges asked. */
  function rangeHub(stored: (range: string | null) => Response) {
    const ranges: (string | null)[] = [];
    const { csghub } = csghubWith((request) => {
      const at = new URL(request.url);
      if (at.origin === 'https://storage.test') {
        ranges.push(request.headers.get('range'));
        return stored(request.headers.get('range'));
      }
      if (at.searchParams.get('lfs') === 'true') return envelope(SIGNED);
      return bytes(pointer(13));
    });
    return { csghub, ranges };
  }
  const partial = (body: string, contentRange: string) =>
    new Response(body, { status: 206, headers: { 'content-range': contentRange } });

  it('asks storage for the rest and starts the body there', async () => {
    const { csghub, ranges } = rangeHub(() => partial('weights', 'bytes 6-12/13'));
    const file = await csghub.models.download('o/r', 'model.safetensors', { offset: 6 });
    expect(ranges).toEqual(['bytes=6-']);
    expect(file).toMatchObject({ offset: 6, size: 13, sha256: OID });
    expect(await new Response(file.body).text()).toBe('weights');
  });

  it('takes a 200 as the whole file (offset 0)', async () => {
    const { csghub } = rangeHub(() => bytes('model weights'));
    const file = await csghub.models.download('o/r', 'model.safetensors', { offset: 6 });
    expect(file.offset).toBe(0);
    expect(await new Response(file.body).text()).toBe('model weights');
  });

  it('refuses a 206 for another range than the one asked', async () => {
    const { csghub } = rangeHub(() => partial('model weights', 'bytes 0-12/13'));
    await expect(
      csghub.models.download('o/r', 'model.safetensors', { offset: 6, maxRetries: 0 }),
    ).rejects.toThrow(/storage answered bytes 0-12\/13 for bytes=6- of 13/);
  });

  it('refuses a 206 that starts elsewhere', async () => {
    const { csghub } = rangeHub(() => partial('s weights', 'bytes 4-12/13'));
    await expect(
      csghub.models.download('o/r', 'model.safetensors', { offset: 6 }),
    ).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it('asks for no range from 0 or past the end', async () => {
    const { csghub, ranges } = rangeHub(() => bytes('model weights'));
    await csghub.models.download('o/r', 'model.safetensors', { offset: 0 });
    await csghub.models.download('o/r', 'model.safetensors', { offset: 13 });
    expect(ranges).toEqual([null, null]);
  });
});
