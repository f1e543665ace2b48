/**
 * `nodeFetch` against local servers: what goes out and comes back, streamed request bodies,
 * aborts, timeouts, refused connections, redirects, bounded memory on a large body, and
 * hostile servers (endless bodies, a connection closed mid-body), directly and through the
 * clients.
 */
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  CFGPU,
  InvalidResponseError,
} from '../../../src/cfgpu/index.js';
import { nodeFetch, openFile } from '../../../node/index.js';
import { listen } from '../../../tooling/static-server.js';

const MiB = 1024 * 1024;
const BLOCK = Buffer.alloc(64 * 1024, 0x61);
const envelope = JSON.stringify({ success: true, errorCode: null, errorMsg: null, content: [] });

/** `blocks` 4 KiB blocks, each filled with a byte from its index and stamped with the index. */
function pattern(blocks: number): Buffer {
  const bytes = Buffer.alloc(blocks * 4096);
  for (let i = 0; i < blocks; i++) {
    bytes.fill(i % 251, i * 4096, (i + 1) * 4096);
    bytes.writeUInt32BE(i, i * 4096);
  }
  return bytes;
}
const PATTERN = pattern(4096);

/** Writes `total` bytes (Infinity: never ends) as fast as the reader takes them. */
function pump(response: http.ServerResponse, total: number): void {
  let written = 0;
  const next = () => {
    while (!response.destroyed && written < total) {
      const chunk = total - written < BLOCK.length ? BLOCK.subarray(0, total - written) : BLOCK;
      written += chunk.length;
      if (!response.write(chunk)) {
        response.once('drain', next);
        return;
      }
    }
    if (written >= total) response.end();
  };
  next();
}

let server: http.Server;
let base: string;
const received: {
  method?: string | undefined;
  headers?: http.IncomingHttpHeaders;
  body?: Buffer;
} = {};

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.method = request.method;
      received.headers = request.headers;
      received.body = Buffer.concat(chunks);
      switch (url.pathname) {
        case '/echo':
          response.writeHead(201, 'Made', { 'content-type': 'text/plain', 'x-two': ['a', 'b'] });
          response.end(`${request.method ?? ''} ${received.body.toString()}`);
          return;
        case '/gzip':
          response.writeHead(200, { 'content-encoding': 'gzip' });
          response.end(gzipSync('decoded'));
          return;
        case '/redirect':
          response.writeHead(302, { location: '/echo' });
          response.end();
          return;
        case '/empty':
          response.writeHead(204);
          response.end();
          return;
        case '/pattern':
          response.writeHead(200, { 'content-length': String(PATTERN.length) });
          response.end(PATTERN);
          return;
        case '/large':
          response.writeHead(200, { 'content-length': String(256 * MiB) });
          pump(response, 256 * MiB);
          return;
        case '/userapi/v1/region/list':
          if (request.headers['x-answer'] === 'endless') {
            response.writeHead(200, { 'content-type': 'application/json' });
            pump(response, Infinity);
          } else if (request.headers['x-answer'] === 'silent') {
            response.writeHead(200, { 'content-type': 'application/json' });
            response.write('{"success":');
          } else if (request.headers['x-answer'] === 'cut') {
            response.writeHead(200, {
              'content-type': 'application/json',
              'content-length': '100',
            });
            response.write('{"success":', () => response.destroy());
          } else {
            response.writeHead(200, { 'content-type': 'application/json' });
            response.end(envelope);
          }
          return;
        default:
          response.writeHead(404);
          response.end();
      }
    });
  });
  base = await listen(server, 0, '127.0.0.1');
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const cfgpu = (timeoutMs = 10_000, maxResponseBytes?: number) =>
  new CFGPU({
    token: 't',
    baseUrl: base,
    fetch: nodeFetch,
    timeoutMs,
    maxRetries: 0,
    ...(maxResponseBytes ? { maxResponseBytes } : {}),
  });

describe('nodeFetch', () => {
  it('sends method, headers and body and returns status, headers and body', async () => {
    const response = await nodeFetch(`${base}/echo`, {
      method: 'POST',
      headers: { 'x-one': '1' },
      body: 'hello',
    });
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Made');
    expect(response.headers.get('x-two')).toBe('a, b');
    expect(await response.text()).toBe('POST hello');
    expect(received.headers?.['x-one']).toBe('1');
    expect(received.headers?.['content-length']).toBe('5');
    expect(received.headers?.['content-type']).toBe('text/plain;charset=UTF-8');
  });

  it('streams a Blob with its Content-Length and a ReadableStream chunked', async () => {
    const blob = new Blob([new Uint8Array(3 * MiB).fill(7)]);
    await (await nodeFetch(`${base}/echo`, { method: 'PUT', body: blob })).text();
    expect(received.headers?.['content-length']).toBe(String(3 * MiB));
    expect(received.body?.equals(Buffer.alloc(3 * MiB, 7))).toBe(true);
    const stream = new Blob(['ab', 'cd']).stream();
    await (await nodeFetch(`${base}/echo`, { method: 'PUT', body: stream })).text();
    expect(received.headers?.['transfer-encoding']).toBe('chunked');
    expect(received.body?.toString()).toBe('abcd');
  });

  it('encodes FormData as multipart with its boundary', async () => {
    const form = new FormData();
    form.append('name', 'value');
    await (await nodeFetch(`${base}/echo`, { method: 'POST', body: form })).text();
    expect(received.headers?.['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(received.body?.toString()).toContain('value');
  });

  it('decompresses gzip and gives no body for 204', async () => {
    expect(await (await nodeFetch(`${base}/gzip`, {})).text()).toBe('decoded');
    const empty = await nodeFetch(`${base}/empty`, {});
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
  });

  it('follows redirects by default and returns them as they are with redirect: manual', async () => {
    const followed = await nodeFetch(`${base}/redirect`, {});
    expect(await followed.text()).toBe('GET ');
    const manual = await nodeFetch(`${base}/redirect`, { redirect: 'manual' });
    expect(manual.status).toBe(302);
    expect(manual.headers.get('location')).toBe('/echo');
  });

  it('rejects with the signal reason before the request and errors the body during it', async () => {
    const before = new AbortController();
    before.abort(new Error('stop'));
    await expect(nodeFetch(`${base}/echo`, { signal: before.signal })).rejects.toThrow('stop');
    const during = new AbortController();
    const response = await nodeFetch(`${base}/large`, { signal: during.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    during.abort(new Error('midway'));
    await expect(
      (async () => {
        for (;;) if ((await reader.read()).done) return;
      })(),
    ).rejects.toThrow('midway');
  });

  it('reads a 256 MiB body without holding it in memory', async () => {
    const response = await nodeFetch(`${base}/large`, {});
    const before = process.memoryUsage().rss;
    let total = 0;
    let peak = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      peak = Math.max(peak, process.memoryUsage().rss - before);
    }
    expect(total).toBe(256 * MiB);
    expect(peak).toBeLessThan(64 * MiB);
  });

  it('refuses credentials in the URL, as fetch does, without sending them', async () => {
    const url = base.replace('http://', 'http://admin:secret@');
    await expect(nodeFetch(`${url}/echo`, {})).rejects.toThrow(TypeError);
  });

  it('fails a connection refused with a TypeError that keeps the cause', async () => {
    const closed = http.createServer();
    const url = await listen(closed, 0, '127.0.0.1');
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error: unknown = await nodeFetch(url, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String((error as TypeError).cause)).toContain(`ECONNREFUSED 127.0.0.1:${String(port)}`);
  });
});

describe('nodeFetch over plain HTTP, reading each connection into one reused buffer', () => {
  it('hands the reader chunks that keep their bytes while later reads arrive', async () => {
    const response = await nodeFetch(`${base}/pattern`, {});
    const chunks: Uint8Array[] = [];
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
    }
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(PATTERN)).toBe(true);
  });

  it('keeps a header and a chunked body whole when they arrive split across reads', async () => {
    const value = 'v'.repeat(6000);
    const parts = [
      `HTTP/1.1 200 OK\r\nx-long: ${value.slice(0, 3000)}`,
      `${value.slice(3000)}\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhel`,
      'lo\r\n6\r\n world\r\n',
      '0\r\n\r\n',
    ];
    const raw = net.createServer((socket) => {
      socket.once('data', () => {
        const next = () => {
          const part = parts.shift();
          if (part === undefined) return;
          socket.write(part);
          setTimeout(next, 30);
        };
        next();
      });
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${String((raw.address() as AddressInfo).port)}`;
    try {
      const response = await nodeFetch(url, {});
      expect(response.headers.get('x-long')).toBe(value);
      expect(await response.text()).toBe('hello world');
    } finally {
      raw.close();
    }
  });

  it('keeps the connection alive from one request to the next', async () => {
    let connections = 0;
    const counted = http.createServer((_request, response) => {
      response.end('ok');
    });
    counted.on('connection', () => connections++);
    const url = await listen(counted, 0, '127.0.0.1');
    try {
      expect(await (await nodeFetch(url, {})).text()).toBe('ok');
      expect(await (await nodeFetch(url, {})).text()).toBe('ok');
      expect(connections).toBe(1);
    } finally {
      counted.closeAllConnections();
      counted.close();
    }
  });
});

describe('the client with nodeFetch', () => {
  it('reads an answer', async () => {
    await expect(cfgpu().regions.list()).resolves.toEqual([]);
  });

  it('turns a caller abort into APIUserAbortError', async () => {
    const controller = new AbortController();
    const call = cfgpu().regions.list({
      headers: { 'x-answer': 'silent' },
      signal: controller.signal,
    });
    setTimeout(() => {
      controller.abort();
    }, 50);
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('turns a silent server into APIConnectionTimeoutError', async () => {
    const call = cfgpu(200).regions.list({ headers: { 'x-answer': 'silent' } });
    await expect(call).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('turns a refused connection into APIConnectionError', async () => {
    const closed = http.createServer();
    const url = await listen(closed, 0, '127.0.0.1');
    await new Promise((resolve) => closed.close(resolve));
    const client = new CFGPU({ token: 't', baseUrl: url, fetch: nodeFetch, maxRetries: 0 });
    await expect(client.regions.list()).rejects.toBeInstanceOf(APIConnectionError);
  });

  it('stops an endless body at maxResponseBytes', async () => {
    const call = cfgpu(10_000, MiB).regions.list({ headers: { 'x-answer': 'endless' } });
    await expect(call).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it('turns a connection closed mid-body into APIConnectionError', async () => {
    const call = cfgpu().regions.list({ headers: { 'x-answer': 'cut' } });
    await expect(call).rejects.toBeInstanceOf(APIConnectionError);
  });
});

/** A Blob of `mib` MiB of `byte` in 64 KiB parts, which its stream hands out one at a time. */
const pieces = (mib: number, byte: number) =>
  new CountingBlob(Array.from({ length: mib * 16 }, () => new Uint8Array(64 * 1024).fill(byte)));

/**
 * A Blob whose `stream()` hands out its bytes only when read (no read-ahead), counting them and
 * noting a cancel: what the request body has taken from it so far.
 */
class CountingBlob extends Blob {
  taken = 0;
  cancelled = false;
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const inner = super.stream().getReader();
    return new ReadableStream<Uint8Array<ArrayBuffer>>(
      {
        pull: async (controller) => {
          const { done, value } = await inner.read();
          if (done) controller.close();
          else {
            this.taken += value.byteLength;
            controller.enqueue(value);
          }
        },
        cancel: async () => {
          this.cancelled = true;
          await inner.cancel();
        },
      },
      { highWaterMark: 0 },
    );
  }
}

describe('nodeFetch with a Blob body', () => {
  let paused: http.Server;
  let pausedBase: string;
  /** Requests the server holds unread (until the test reads them), in arrival order. */
  const held: http.IncomingMessage[] = [];
  let arrived: () => void = () => undefined;

  beforeAll(async () => {
    paused = http.createServer((request, response) => {
      request.pause();
      held.push(request);
      request.on('end', () => response.end('taken'));
      arrived();
    });
    pausedBase = await listen(paused, 0, '127.0.0.1');
  });

  afterAll(() => {
    paused.closeAllConnections();
    paused.close();
  });

  const nextRequest = () =>
    new Promise<http.IncomingMessage>((resolve) => {
      arrived = () => {
        resolve(held.at(-1) as http.IncomingMessage);
      };
    });
  /** Resolves once `blob.taken` has not grown over a few turns of the event loop. */
  const settled = async (blob: CountingBlob) => {
    for (let still = 0, last = -1; still < 5;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      still = blob.taken === last ? still + 1 : 0;
      last = blob.taken;
    }
  };

  it('sends a file Blob byte for byte, with its Content-Length, and again on a redirect', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'csgkit-fetch-'));
    try {
      // Not a whole number of the Blob's 64 KiB pieces nor of the writes gathered from them.
      const bytes = Buffer.concat([PATTERN, PATTERN, PATTERN.subarray(0, 12_345)]);
      const file = path.join(dir, 'body.bin');
      await writeFile(file, bytes);
      const blob = await openAsBlob(file);
      const response = await nodeFetch(`${base}/echo`, { method: 'PUT', body: blob });
      expect(response.status).toBe(201);
      await response.arrayBuffer();
      expect(received.headers?.['content-length']).toBe(String(bytes.length));
      expect(received.headers?.['transfer-encoding']).toBeUndefined();
      expect(received.body?.equals(bytes)).toBe(true);
      // Unlike a stream, a Blob can be sent again after a redirect that keeps the body.
      const again = await nodeFetch(`${base}/redirect`, { method: 'PUT', body: new Blob(['ab']) });
      expect(await again.text()).toBe('PUT ab');
      const empty = await nodeFetch(`${base}/echo`, { method: 'PUT', body: new Blob([]) });
      expect(await empty.text()).toBe('PUT ');
      expect(received.headers?.['content-length']).toBe('0');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('sends a FileBlob (openFile) and its slices from the file byte for byte', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'csgkit-fetch-'));
    try {
      // More than two of its 1 MiB reads, and not a whole number of them.
      const bytes = Buffer.concat([PATTERN, PATTERN, PATTERN.subarray(0, 12_345)]);
      const file = path.join(dir, 'body.bin');
      await writeFile(file, bytes);
      const blob = await openFile(file);
      for (const [from, to] of [
        [0, bytes.length],
        [MiB - 7, 3 * MiB + 5],
        [bytes.length - 10, bytes.length],
        [5, 5],
      ] as const) {
        const response = await nodeFetch(`${base}/echo`, {
          method: 'PUT',
          body: blob.slice(from, to),
        });
        expect(response.status).toBe(201);
        await response.arrayBuffer();
        expect(received.headers?.['content-length']).toBe(String(to - from));
        expect(received.body?.equals(bytes.subarray(from, to))).toBe(true);
      }
      // Changed after it was opened: the request fails instead of sending other bytes.
      await writeFile(file, Buffer.alloc(bytes.length, 1));
      await utimes(file, new Date(), new Date(Date.now() + 60_000));
      await expect(nodeFetch(`${base}/echo`, { method: 'PUT', body: blob })).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads no further ahead than the socket takes, and sends all once it is read', async () => {
    const blob = pieces(64, 3);
    const request = nextRequest();
    const response = nodeFetch(`${pausedBase}/hold`, { method: 'PUT', body: blob });
    const incoming = await request;
    await settled(blob);
    // What the kernel's socket buffers hold, plus one gathered write: far from the 64 MiB.
    expect(blob.taken).toBeLessThan(24 * MiB);
    let total = 0;
    let wrong = 0;
    incoming.on('data', (chunk: Buffer) => {
      total += chunk.length;
      for (const byte of chunk) if (byte !== 3) wrong++;
    });
    await new Promise((resolve) => {
      incoming.once('end', resolve);
      incoming.resume();
    });
    expect(total).toBe(64 * MiB);
    expect(wrong).toBe(0);
    expect(blob.taken).toBe(64 * MiB);
    expect(await (await response).text()).toBe('taken');
  });

  it('stops reading the Blob when aborted mid-body', async () => {
    const blob = pieces(64, 5);
    const controller = new AbortController();
    const request = nextRequest();
    const response = nodeFetch(`${pausedBase}/hold`, {
      method: 'PUT',
      body: blob,
      signal: controller.signal,
    });
    await request;
    await settled(blob);
    const before = blob.taken;
    expect(before).toBeGreaterThan(0);
    controller.abort(new Error('enough'));
    await expect(response).rejects.toThrow('enough');
    await settled(blob);
    expect(blob.cancelled).toBe(true);
    expect(blob.taken).toBeLessThanOrEqual(before + MiB);
  });
});
