/**
 * Replays the answer to a repeated read without running Prism again.
 *
 * A data-backed list (`GET /api/v1/models?per=20`, twenty records) costs Prism its request
 * validation, the store's page, the output validation of every record and the JSON text of the
 * page, each time. When a request is byte for byte one that Prism has already validated and the
 * store answered (same method, URL and headers, so the same validation result), and nothing was
 * written since, the answer can only be the same: it is sent again from memory.
 *
 * What is kept is only what is safe to repeat:
 * - `GET` requests answered 200 with JSON by the store (not Prism's examples, not streams), with
 *   no violation reported (`sl-violations`), whose answer did not read the clock (a state on a
 *   timeline changes by itself, so its answer is never kept);
 * - everything is dropped when any other method arrives (a possible write) and when it ends, or
 *   on `POST /__reset`; a read that overlapped a write is not kept;
 * - at most `maxEntries` answers and `maxBytes` of bodies, the oldest dropped first, so hostile
 *   or varied traffic cannot grow it without bound.
 */
import type http from 'node:http';

/** Methods that do not write: their arrival leaves the kept answers as they are. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Kept {
  status: number;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
}

export interface ReplayOptions {
  /** @default 256 */
  maxEntries?: number;
  /** @default 32 MiB */
  maxBytes?: number;
}

export interface Replay {
  /**
   * Called as a request arrives: drops everything on a possible write and returns the capture
   * to call when the answer ends, or `undefined` when none can be kept.
   */
  arrive(request: http.IncomingMessage, response: http.ServerResponse): Capture | undefined;
  /** Sends the kept answer to this request; false when there is none. */
  serve(request: http.IncomingMessage, response: http.ServerResponse): boolean;
  /** Marks the request whose store answer may be kept (set by the mock step). */
  keepable(headers: object): void;
  /** Drops every kept answer (`POST /__reset`). */
  clear(): void;
  /** How many answers are kept. */
  size(): number;
}

/** Records the answer about to be sent, if it can be kept. */
export type Capture = (body: unknown) => void;

/** A request with a body (even a `GET`'s) is never kept: its key would not cover the body. */
const hasBody = (request: http.IncomingMessage) =>
  request.headers['transfer-encoding'] !== undefined ||
  (request.headers['content-length'] ?? '0') !== '0';

/** The request as a key: method, URL and every header as sent. */
const keyOf = (request: http.IncomingMessage) =>
  `${request.method ?? ''} ${request.url ?? ''}\n${request.rawHeaders.join('\n')}`;

export function createReplay(options: ReplayOptions = {}): Replay {
  const maxEntries = options.maxEntries ?? 256;
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  const kept = new Map<string, Kept>();
  let bytes = 0;
  /** Bumped by every write as it starts and ends: a read spanning a change is not kept. */
  let generation = 0;
  let writing = 0;
  /** Requests (by their headers object, which Prism's input shares) the store answered. */
  const keepableRequests = new WeakSet<object>();

  const clear = () => {
    kept.clear();
    bytes = 0;
    generation++;
  };

  const store = (key: string, entry: Kept) => {
    if (entry.body.length > maxBytes) return;
    const previous = kept.get(key);
    if (previous) {
      bytes -= previous.body.length;
      kept.delete(key);
    }
    kept.set(key, entry);
    bytes += entry.body.length;
    for (const [oldest, value] of kept) {
      if (kept.size <= maxEntries && bytes <= maxBytes) break;
      kept.delete(oldest);
      bytes -= value.body.length;
    }
  };

  return {
    arrive(request, response) {
      if (!SAFE_METHODS.has(request.method ?? 'GET')) {
        writing++;
        clear();
        response.once('close', () => {
          writing--;
          clear();
        });
        return undefined;
      }
      if (request.method !== 'GET' || writing > 0 || hasBody(request)) return undefined;
      const since = generation;
      return (body) => {
        if (
          generation !== since ||
          writing > 0 ||
          !keepableRequests.has(request.headers) ||
          response.statusCode !== 200 ||
          response.hasHeader('sl-violations') ||
          !String(response.getHeader('content-type') ?? '').includes('json') ||
          (typeof body !== 'string' && !Buffer.isBuffer(body))
        ) {
          return;
        }
        const headers = response.getHeaders();
        // Node writes these itself for every answer.
        delete headers.date;
        delete headers.connection;
        delete headers['keep-alive'];
        store(keyOf(request), {
          status: response.statusCode,
          headers,
          body: typeof body === 'string' ? Buffer.from(body) : body,
        });
      };
    },
    serve(request, response) {
      if (request.method !== 'GET' || kept.size === 0 || hasBody(request)) return false;
      const entry = kept.get(keyOf(request));
      if (!entry) return false;
      response.writeHead(entry.status, entry.headers);
      response.end(entry.body);
      return true;
    },
    keepable(headers) {
      keepableRequests.add(headers);
    },
    clear,
    size: () => kept.size,
  };
}
