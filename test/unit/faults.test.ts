/**
 * The fault matrix: the CFGPU client against a local server that misbehaves on request (the
 * `x-fault` header picks how). For each fault: the exact error class, how many attempts were
 * made, the total time bounded, no unhandled rejection; and a process that met the faults exits
 * promptly (no timer or socket left behind).
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  CFGPU,
  CfgpuError,
  InternalServerError,
  InvalidResponseError,
  RateLimitError,
} from '../../src/cfgpu/index.js';
import { ROOT } from '../../tooling/apis.js';
import { listen } from '../../tooling/static-server.js';

const TIMEOUT_MS = 300;
/** JSON nested 100,000 deep: parses, but overflows the stack of any recursive walk. */
const DEEP = '['.repeat(100_000) + ']'.repeat(100_000);
const OK = JSON.stringify({ success: true, errorCode: null, errorMsg: null, content: [] });

type Fault = (response: http.ServerResponse) => void;

const send =
  (status: number, body: string, headers: Record<string, string> = {}): Fault =>
  (response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(body);
  };

const FAULTS: Record<string, Fault> = {
  '500': send(500, '{"errorMsg":"boom"}'),
  '502': send(502, '{"errorMsg":"bad gateway"}'),
  '503': send(503, '{"errorMsg":"unavailable"}'),
  'retry-after-seconds': send(429, '{}', { 'retry-after': '1' }),
  'retry-after-date': (response) => {
    send(429, '{}', { 'retry-after': new Date(Date.now() + 1000).toUTCString() })(response);
  },
  'ratelimit-reset': (response) => {
    send(429, '{}', { 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) })(response);
  },
  'reset-mid-body': (response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
    response.write('{"success":true,"content":[', () => response.socket?.destroy());
  },
  'slow-headers': (response) => {
    setTimeout(() => {
      send(200, OK)(response);
    }, TIMEOUT_MS * 4);
  },
  'slow-body': (response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"success":true,');
    setTimeout(() => response.end('"content":[]}'), TIMEOUT_MS * 4);
  },
  'not-json': send(200, 'hello', { 'content-type': 'text/plain' }),
  'html-error-page': send(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', {
    'content-type': 'text/html',
  }),
  'empty-body': send(200, ''),
  'truncated-json': send(200, '{"success":true,"content":[{"code":"hz"'),
  'deep-json-200': send(200, DEEP),
  'deep-json-500': send(500, DEEP),
  // Counted once: the requests that follow the redirect go to `/loop`, which is not counted.
  'redirect-loop': (response) => {
    response.writeHead(302, { location: '/loop' }).end();
  },
  'redirect-file': (response) => {
    response.writeHead(302, { location: 'file:///etc/passwd' }).end();
  },
  'success-false': send(
    200,
    JSON.stringify({ success: false, errorCode: 50001, errorMsg: '余额不足', content: null }),
  ),
};

let server: http.Server;
let base: string;
const attempts = new Map<string, number>();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const fault = String(request.headers['x-fault']);
    const id = String(request.headers['x-case']);
    if (request.url !== '/loop') attempts.set(id, (attempts.get(id) ?? 0) + 1);
    request.resume();
    (FAULTS[fault] ?? send(200, OK))(response);
  });
  base = await listen(server, 0, '127.0.0.1');
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const client = () => new CFGPU({ token: 't', baseUrl: base, timeoutMs: TIMEOUT_MS });

/** [fault, error class, attempts of a GET, attempts of a POST, most seconds it may take] */
const MATRIX = [
  ['500', InternalServerError, 3, 1, 3],
  ['502', InternalServerError, 3, 1, 3],
  ['503', InternalServerError, 3, 1, 3],
  ['retry-after-seconds', RateLimitError, 3, 1, 4],
  ['retry-after-date', RateLimitError, 3, 1, 5],
  ['ratelimit-reset', RateLimitError, 3, 1, 5],
  ['reset-mid-body', APIConnectionError, 3, 1, 3],
  ['slow-headers', APIConnectionTimeoutError, 3, 1, 4],
  ['slow-body', APIConnectionTimeoutError, 3, 1, 4],
  ['not-json', InvalidResponseError, 1, 1, 1],
  ['html-error-page', InternalServerError, 3, 1, 3],
  ['empty-body', InvalidResponseError, 1, 1, 1],
  ['truncated-json', InvalidResponseError, 1, 1, 1],
  ['deep-json-200', InvalidResponseError, 1, 1, 1],
  ['deep-json-500', InvalidResponseError, 1, 1, 1],
  ['redirect-loop', InvalidResponseError, 1, 1, 1],
  ['redirect-file', InvalidResponseError, 1, 1, 1],
  ['success-false', CfgpuError, 1, 1, 1],
] as const;

describe('fault matrix (CFGPU client, local server)', () => {
  it.each(
    MATRIX.map(
      ([fault, errorClass, ...rest]) => [fault, errorClass.name, errorClass, ...rest] as const,
    ),
  )(
    '%s → %s',
    async (fault, _name, errorClass, getAttempts, postAttempts, seconds) => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        const cfgpu = client();
        const started = Date.now();
        const read = await cfgpu.regions
          .list({ headers: { 'x-fault': fault, 'x-case': `${fault}/get` } })
          .catch((e: unknown) => e);
        expect(read).toBeInstanceOf(errorClass);
        expect(attempts.get(`${fault}/get`)).toBe(getAttempts);
        // A write (not idempotent) is never repeated.
        const write = await cfgpu.instances
          .stop('ins-1', { headers: { 'x-fault': fault, 'x-case': `${fault}/post` } })
          .catch((e: unknown) => e);
        expect(write).toBeInstanceOf(errorClass);
        expect(attempts.get(`${fault}/post`)).toBe(postAttempts);
        expect(Date.now() - started).toBeLessThan(seconds * 1000 + 1500);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(unhandled).toEqual([]);
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
    },
    20_000,
  );

  it('leaves nothing running: a process that met the faults exits on its own, promptly', async () => {
    const script = `
      const { CFGPU } = await import(${JSON.stringify(path.join(ROOT, 'dist/src/cfgpu/index.js'))});
      const cfgpu = new CFGPU({ token: 't', baseUrl: ${JSON.stringify(base)}, timeoutMs: ${String(TIMEOUT_MS)}, maxRetries: 1 });
      for (const fault of ['slow-headers', 'slow-body', 'reset-mid-body', '503']) {
        await cfgpu.regions.list({ headers: { 'x-fault': fault, 'x-case': 'child/' + fault } }).catch(() => {});
      }
      console.log('done');
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let doneAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('done')) doneAt = Date.now();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(doneAt).toBeGreaterThan(0);
    // The slow answers are still on their way from the server: the client must not wait.
    expect(Date.now() - doneAt).toBeLessThan(1000);
  }, 20_000);

  it('does not send Authorization to another origin after a redirect', async () => {
    let seenAuthorization: string | undefined = 'not reached';
    const other = http.createServer((request, response) => {
      seenAuthorization = request.headers.authorization;
      send(200, OK)(response);
    });
    const otherBase = await listen(other, 0, '127.0.0.1');
    // Same machine, another origin: `localhost` instead of `127.0.0.1`, another port.
    const target = otherBase.replace('127.0.0.1', 'localhost');
    let sameOriginAuthorization: string | undefined;
    const redirecting = http.createServer((request, response) => {
      if (request.url === '/moved') {
        sameOriginAuthorization = request.headers.authorization;
        send(200, OK)(response);
        return;
      }
      const elsewhere = request.headers['x-where'] === 'elsewhere';
      response.writeHead(302, {
        location: elsewhere ? `${target}/userapi/v1/region/list` : '/moved',
      });
      response.end();
    });
    const redirectBase = await listen(redirecting, 0, '127.0.0.1');
    try {
      const cfgpu = new CFGPU({ token: 'secret-token-1f2e', baseUrl: redirectBase });
      // Within the origin the token goes along (the control)…
      await expect(cfgpu.regions.list()).resolves.toEqual([]);
      expect(sameOriginAuthorization).toBe('secret-token-1f2e');
      // …to another origin it does not.
      await expect(cfgpu.regions.list({ headers: { 'x-where': 'elsewhere' } })).resolves.toEqual(
        [],
      );
      expect(seenAuthorization).toBeUndefined();
    } finally {
      other.close();
      redirecting.close();
    }
  });
});
