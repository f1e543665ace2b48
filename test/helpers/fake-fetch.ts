import type { FetchLike } from '../../src/core/options.js';

export const TOKEN = 'cfgpu-secret-token-6f1e2d';

/** A request as the fake server saw it. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export type Handler = (request: Request, call: number) => Response | Promise<Response>;

/** A `fetch` that hands every request to `handler` and records what it saw. */
export function fakeFetch(handler: Handler): { fetch: FetchLike; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const fetch: FetchLike = async (input, init) => {
    // The handler sees the caller's own signal: a Request's copy of it follows the caller's
    // through a weak link, so a handler waiting on it (`hang`) could miss the abort once
    // garbage collection has run.
    const request = new Request(input, { ...init, signal: null });
    if (init.signal) Object.defineProperty(request, 'signal', { value: init.signal });
    const text = request.method === 'GET' ? '' : await request.clone().text();
    seen.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text === '' ? undefined : jsonOrText(text, request.headers.get('content-type')),
    });
    return handler(request, seen.length);
  };
  return { fetch, seen };
}

/** JSON bodies parsed; forms and file bytes kept as the text they were sent as. */
function jsonOrText(text: string, type: string | null): unknown {
  if (type?.includes('json')) return JSON.parse(text) as unknown;
  if (type !== null) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status: 200, ...init, headers });
}

/** A CFGPU success envelope. */
export const ok = (content: unknown, init?: ResponseInit) =>
  json({ success: true, errorCode: null, errorMsg: null, content }, init);

/** A CFGPU failure envelope (HTTP 200 unless `init` says otherwise). */
export const fail = (errorCode: unknown, errorMsg: string, init?: ResponseInit) =>
  json({ success: false, errorCode, errorMsg, content: null }, init);

/** Resolves never; rejects with the abort reason once the request's signal fires. */
export function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => {
      reject(request.signal.reason as Error);
    });
  });
}
