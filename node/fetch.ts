/**
 * A `fetch` for Node built on `node:http`/`node:https`: the platform's `fetch` (undici) reads a
 * large body at a fraction of the socket's speed; this one hands the body over in coalesced
 * chunks straight from the socket. Pass it as the clients' `fetch` option.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { fileRangeOf, readRange, type FileRange } from './file.js';

/** Bytes gathered from the socket while the reader is busy, before the socket is paused. */
const CHUNK_BYTES = 512 * 1024;
/** Pieces at least this large go to the reader as they are; smaller ones are joined first. */
const JOIN_BELOW_BYTES = 64 * 1024;
/** Bytes one read from a plain-HTTP socket may take, into a buffer the socket keeps. */
const READ_BYTES = 256 * 1024;
/** Bytes of a Blob request body gathered (its `stream()` hands over 64 KiB pieces) per socket write. */
const BLOB_WRITE_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 20;
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/** Headers a redirect to another origin must not carry (as `fetch` does). */
const DROPPED_ACROSS_ORIGINS = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * A plain-HTTP connection that reads into one buffer of its own (`onread`) instead of a fresh
 * 64 KiB allocation per read: at hundreds of MiB/s those allocations, and the garbage collections
 * they cause, cost more than the bytes. `node:http` reads its connection through the `data`
 * event, and its parser copies what it keeps (headers, body), so each read is handed on as a view
 * of the buffer, which the next read may overwrite.
 */
class ReusingAgent extends http.Agent {
  // The agent takes the socket returned; it needs no callback.
  override createConnection(options: net.NetConnectOpts): net.Socket {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    const socket: net.Socket = net.connect({
      ...(options as net.TcpNetConnectOpts),
      onread: {
        buffer,
        callback: (length) => {
          socket.emit('data', buffer.subarray(0, length));
          return true;
        },
      },
    });
    return socket;
  }
}

const agents = {
  'http:': new ReusingAgent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

type Source =
  { bytes: Uint8Array } | { blob: Blob } | { stream: ReadableStream<Uint8Array>; length?: number };

/** `fetch` over `node:http`: same arguments and a real `Response`. */
export async function nodeFetch(input: string | URL, init: RequestInit = {}): Promise<Response> {
  const signal = init.signal ?? undefined;
  signal?.throwIfAborted();
  let url = new URL(input);
  if (url.username || url.password) {
    // As `fetch`: credentials in a URL are refused, never sent as Basic auth.
    throw new TypeError(
      `Request cannot be constructed from a URL that includes credentials: ${url.href}`,
    );
  }
  let method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  let source = await bodySource(init.body, headers);
  for (let hops = 0; ; hops++) {
    const { response, location } = await send(url, method, headers, source, signal);
    if (location === undefined || init.redirect === 'manual') return response;
    await response.body?.cancel();
    if (init.redirect === 'error') throw new TypeError('fetch failed: redirect mode is "error"');
    const next = new URL(location, url);
    if (hops === MAX_REDIRECTS) throw new TypeError('fetch failed: redirect count exceeded');
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new TypeError(`fetch failed: redirect to unsupported scheme ${next.protocol}`);
    }
    const status = response.status;
    if (
      status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST'
    ) {
      method = 'GET';
      source = undefined;
      for (const name of ['content-type', 'content-length', 'content-encoding'])
        headers.delete(name);
    } else if (source && 'stream' in source) {
      // A streamed body has been consumed: it cannot be sent again.
      throw new TypeError('fetch failed: cannot follow a redirect with a streamed body');
    }
    if (next.origin !== url.origin) for (const name of DROPPED_ACROSS_ORIGINS) headers.delete(name);
    url = next;
  }
}

/** The request body as bytes or a stream, with `content-type`/`content-length` set when known. */
async function bodySource(
  body: RequestInit['body'],
  headers: Headers,
): Promise<Source | undefined> {
  if (body === null || body === undefined) return undefined;
  if (typeof body === 'string')
    return bytes(new TextEncoder().encode(body), headers, 'text/plain;charset=UTF-8');
  if (body instanceof Uint8Array) return bytes(body, headers);
  if (body instanceof ArrayBuffer) return bytes(new Uint8Array(body), headers);
  if (ArrayBuffer.isView(body)) {
    return bytes(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), headers);
  }
  if (body instanceof Blob) {
    if (body.type && !headers.has('content-type')) headers.set('content-type', body.type);
    if (!headers.has('content-length')) headers.set('content-length', String(body.size));
    return { blob: body };
  }
  if (body instanceof ReadableStream) return { stream: body as ReadableStream<Uint8Array> };
  // FormData, URLSearchParams: let the platform encode them (multipart boundary included).
  const encoded = new Response(body);
  const type = encoded.headers.get('content-type');
  if (type && !headers.has('content-type')) headers.set('content-type', type);
  return bytes(new Uint8Array(await encoded.arrayBuffer()), headers);
}

function bytes(data: Uint8Array, headers: Headers, type?: string): Source {
  if (type && !headers.has('content-type')) headers.set('content-type', type);
  if (!headers.has('content-length')) headers.set('content-length', String(data.byteLength));
  return { bytes: data };
}

function failure(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

/** One request; `location` is set when the answer is a redirect to follow. */
function send(
  url: URL,
  method: string,
  headers: Headers,
  source: Source | undefined,
  signal: AbortSignal | undefined,
): Promise<{ response: Response; location?: string }> {
  const transport = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
  if (!transport) return Promise.reject(failure(new Error(`unsupported scheme ${url.protocol}`)));
  return new Promise((resolve, reject) => {
    const outgoing: Record<string, string> = {};
    headers.forEach((value, name) => (outgoing[name] = value));
    if (!source && method !== 'GET' && method !== 'HEAD') outgoing['content-length'] ??= '0';
    const request = transport.request(url, {
      method,
      headers: outgoing,
      agent: agents[url.protocol as 'http:' | 'https:'],
    });
    let settled = false;
    let body: ReadableStreamDefaultController<Uint8Array> | undefined;
    const onAbort = () => {
      const reason: unknown = signal?.reason;
      request.destroy();
      if (!settled) {
        settled = true;
        // `fetch` rejects with the signal's reason, whatever it is.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(reason);
      }
      try {
        body?.error(reason);
      } catch {
        // Already closed.
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    request.on('error', (error) => {
      done();
      if (!settled) {
        settled = true;
        reject(failure(error));
      }
    });
    request.on('response', (incoming) => {
      const status = incoming.statusCode ?? 0;
      const responseHeaders = new Headers();
      const raw = incoming.rawHeaders;
      for (let i = 0; i + 1 < raw.length; i += 2)
        responseHeaders.append(raw[i] ?? '', raw[i + 1] ?? '');
      const location = responseHeaders.get('location');
      const redirect = [301, 302, 303, 307, 308].includes(status) && location !== null;
      const empty = NULL_BODY.has(status) || method === 'HEAD';
      let stream: ReadableStream<Uint8Array> | null = null;
      if (empty) {
        incoming.resume();
        incoming.on('end', done);
      } else {
        const decoded = decode(incoming, responseHeaders.get('content-encoding'));
        stream = new ReadableStream<Uint8Array>(
          {
            start: (controller) => {
              body = controller;
            },
            pull: () => {
              reader.pull();
            },
            cancel: () => {
              done();
              request.destroy();
              decoded.destroy();
            },
          },
          { highWaterMark: 1 },
        );
        const reader = coalesce(decoded, incoming, () => body, done);
      }
      settled = true;
      let response: Response;
      try {
        response = new Response(stream, {
          status,
          statusText: incoming.statusMessage ?? '',
          headers: responseHeaders,
        });
      } catch (error) {
        request.destroy();
        reject(failure(error));
        return;
      }
      resolve(redirect ? { response, location } : { response });
    });
    if (!source) request.end();
    else if ('bytes' in source) request.end(source.bytes);
    else if ('blob' in source) {
      const range = fileRangeOf(source.blob);
      (range ? writeFileRange(range, request) : writeBlob(source.blob, request)).catch(
        (error: unknown) => request.destroy(error as Error),
      );
    } else {
      const upload = Readable.fromWeb(source.stream as import('node:stream/web').ReadableStream);
      upload.on('error', (error) => request.destroy(error));
      upload.pipe(request);
    }
  });
}

/**
 * Writes a Blob to the request, its pieces gathered (the socket corked) until
 * {@link BLOB_WRITE_BYTES} wait, then handed to the socket in one write: a file's Blob
 * (`fs.openAsBlob`) reads in 64 KiB pieces, and a socket write per piece cost more than the bytes.
 * Nothing is copied; no more is read while the socket has not taken the last write (`drain`).
 * Stops reading when the request is destroyed (an abort, an error, an early answer).
 */
async function writeBlob(blob: Blob, request: http.ClientRequest): Promise<void> {
  const reader = blob.stream().getReader();
  const stop = () => void reader.cancel().catch(() => undefined);
  request.once('close', stop);
  let gathered = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || request.destroyed) break;
      if (gathered === 0) request.cork();
      request.write(value);
      gathered += value.byteLength;
      if (gathered < BLOB_WRITE_BYTES) continue;
      gathered = 0;
      request.uncork();
      if (request.writableNeedDrain) await drained(request);
    }
  } finally {
    request.off('close', stop);
  }
  if (gathered > 0) request.uncork();
  if (!request.destroyed) request.end();
}

/**
 * Writes a file's bytes (a {@link FileRange} of a `FileBlob`) to the request in 1 MiB reads,
 * each buffer reused once the socket has written it (`readRange`).
 */
async function writeFileRange(range: FileRange, request: http.ClientRequest): Promise<void> {
  for await (const { bytes, release } of readRange(range, BLOB_WRITE_BYTES)) {
    if (request.destroyed) break;
    // The callback runs once the bytes are written (or the write failed): the buffer is free.
    request.write(bytes, release);
    if (request.writableNeedDrain) await drained(request);
  }
  if (!request.destroyed) request.end();
}

/** Resolves when the request takes more (`drain`) or is closed. */
function drained(request: http.ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      request.off('drain', go);
      request.off('close', go);
      resolve();
    };
    request.on('drain', go);
    request.on('close', go);
  });
}

/** The body's bytes, decompressed when the server encoded them. */
function decode(incoming: http.IncomingMessage, encoding: string | null): Readable {
  const codec = encoding?.trim().toLowerCase();
  const decoder =
    codec === 'gzip' || codec === 'x-gzip'
      ? zlib.createGunzip()
      : codec === 'deflate'
        ? zlib.createInflate()
        : codec === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!decoder) return incoming;
  incoming.on('error', (error) => decoder.destroy(error));
  incoming.on('aborted', () => decoder.destroy(new Error('aborted')));
  return incoming.pipe(decoder);
}

/**
 * Feeds the stream controller: bytes gathered while the reader is busy go out as one chunk on
 * its next read; the socket pauses once a chunk's worth waits, and resumes when it is taken.
 */
function coalesce(
  source: Readable,
  incoming: http.IncomingMessage,
  controller: () => ReadableStreamDefaultController<Uint8Array> | undefined,
  done: () => void,
): { pull(): void } {
  let pending: Buffer[] = [];
  let size = 0;
  let waiting = false;
  let finished = false;
  const flush = () => {
    if (size === 0) return;
    // Large pieces go on as they are (joining them would copy every byte again); small ones are
    // joined, so the reader's per-chunk work stays low.
    const chunks =
      pending.length === 1 || size / pending.length >= JOIN_BELOW_BYTES
        ? pending
        : [Buffer.concat(pending, size)];
    pending = [];
    size = 0;
    waiting = false;
    const stream = controller();
    for (const chunk of chunks) {
      stream?.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
  };
  const fail = (error: unknown) => {
    if (finished) return;
    finished = true;
    done();
    try {
      controller()?.error(failure(error));
    } catch {
      // Already closed or errored.
    }
  };
  source.on('data', (chunk: Buffer) => {
    pending.push(chunk);
    size += chunk.byteLength;
    if (waiting) flush();
    else if (size >= CHUNK_BYTES) source.pause();
  });
  source.on('end', () => {
    if (finished) return;
    if (!incoming.complete) {
      fail(new Error('terminated: connection closed mid-body'));
      return;
    }
    finished = true;
    done();
    try {
      flush();
      controller()?.close();
    } catch {
      // Cancelled meanwhile.
    }
  });
  source.on('error', fail);
  incoming.on('error', fail);
  incoming.on('close', () => {
    if (!incoming.complete) fail(new Error('terminated: connection closed mid-body'));
  });
  source.pause();
  return {
    pull() {
      if (size > 0) flush();
      else waiting = true;
      source.resume();
    },
  };
}
