/**
 * A local stand-in for a service: it reads each request whole, records it, and lets the test
 * answer it. For tests of what a client or command sends, and of what it does with answers no
 * mock gives (hostile text, odd transfers).
 */
import http from 'node:http';
import { listen } from '../../tooling/static-server.js';

/** One request as it arrived. */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  /** The body as text. */
  body: string;
}

export interface RecordingServer {
  /** `http://127.0.0.1:<port>`. */
  readonly base: string;
  /** Every request so far, in order. */
  readonly seen: Recorded[];
  readonly close: () => void;
}

/** Answers `value` as JSON with status 200. */
export function replyJson(response: http.ServerResponse, value: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
}

/** Starts a server on a free loopback port; `respond` answers each request once it is read. */
export async function recordingServer(
  respond: (request: Recorded, response: http.ServerResponse) => void,
): Promise<RecordingServer> {
  const seen: Recorded[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://hub');
      const recorded = {
        method: request.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        authorization: request.headers.authorization,
        body: Buffer.concat(chunks).toString(),
      };
      seen.push(recorded);
      respond(recorded, response);
    });
  });
  const base = await listen(server, 0, '127.0.0.1');
  return { base, seen, close: () => server.close() };
}
