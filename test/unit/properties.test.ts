/**
 * Property tests (fast-check) through the public clients against a local HTTP server: for
 * generated path parameters (unicode, `/`, `..`, `%`, empty, very long) and query values, a
 * call either refuses before sending (`InvalidArgumentError`) or reaches exactly the intended
 * route with the value intact; every failure is one of our typed errors; nothing hangs.
 */
import fc from 'fast-check';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CFGPU } from '../../src/cfgpu/index.js';
import { CsgkitError, InvalidArgumentError } from '../../src/core/index.js';
import { CSGHub } from '../../src/csghub/index.js';
import { listen } from '../../tooling/static-server.js';

/** Cases per API per run; fast-check stops earlier if the time budget runs out. */
const RUNS_PER_API = 10_000;
const TIME_LIMIT_MS = 60_000;

interface Seen {
  method: string;
  /** The raw request target, as it arrived (no normalisation). */
  url: string;
  body: string;
}

let server: http.Server;
let base: string;
let seen: Seen[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const entry = { method: request.method ?? '', url: request.url ?? '', body: '' };
    seen.push(entry);
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (entry.body += chunk));
    request.on('end', () => {
      const cfgpu = (request.url ?? '').startsWith('/userapi/');
      const body = cfgpu
        ? {
            success: true,
            errorCode: null,
            errorMsg: null,
            content: { instanceId: 'x', statusCode: 'RUNNING' },
          }
        : { msg: 'OK', data: { id: 1 } };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  });
  server.keepAliveTimeout = 5_000;
  base = await listen(server, 0, '127.0.0.1');
});

afterAll(() => {
  server.close();
  server.closeAllConnections();
});

/** Strings that stress path handling: unicode, separators, dots, percent signs, long runs. */
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.constantFrom(
          '/',
          '..',
          '.',
          '%',
          '%2F',
          '%2e%2e',
          '?',
          '#',
          ' ',
          '\\',
          'a',
          'é',
          '😀',
          '\u0000',
          '',
        ),
        {
          maxLength: 8,
        },
      )
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 100, maxLength: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '.', '..', '/', '%', '%2F', '../admin', 'a/../b') },
);

/** Ids as the services issue them, so the "sent" branch is exercised as much as "refused". */
const plausible = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,30}$/);

/** How many calls were sent and how many refused, so a run cannot pass vacuously. */
const tally = { sent: 0, refused: 0 };

/** The one request a call made, or none; the call's outcome classified. */
async function outcome(call: () => Promise<unknown>): Promise<{ sent: Seen[]; error?: unknown }> {
  seen = [];
  try {
    await call();
    return { sent: seen };
  } catch (error) {
    return { sent: seen, error };
  }
}

/**
 * The invariant: refused before sending, or exactly one request to `prefix + encoded + suffix`
 * whose one segment decodes back to `value` (no escape into another route).
 */
function checkRoute(
  result: { sent: Seen[]; error?: unknown },
  value: string,
  prefix: string,
  suffix: string,
): void {
  if (result.error !== undefined) {
    expect(result.error).toBeInstanceOf(CsgkitError);
    expect(result.error).toBeInstanceOf(InvalidArgumentError);
    expect(result.sent).toEqual([]);
    tally.refused++;
    return;
  }
  expect(result.sent).toHaveLength(1);
  tally.sent++;
  const target = result.sent[0]?.url ?? '';
  expect(target.startsWith(prefix)).toBe(true);
  const rest = target.slice(prefix.length);
  const [segment = '', query = ''] = rest.split('?');
  expect(segment.endsWith(suffix)).toBe(true);
  const encoded = segment.slice(0, segment.length - suffix.length);
  expect(encoded).not.toContain('/');
  expect(encoded).not.toMatch(/^(\.|%2e){1,2}$/i);
  expect(decodeURIComponent(encoded)).toBe(value);
  expect(query).toBe('');
}

describe('path parameters (property tests)', () => {
  it(
    `CFGPU: ${String(RUNS_PER_API)} instance ids reach their instance or are refused`,
    async () => {
      const cfgpu = new CFGPU({ token: 't', baseUrl: base, maxRetries: 0, timeoutMs: 5_000 });
      const actions = [
        ['status', (id: string) => cfgpu.instances.getStatus(id)],
        ['start', (id: string) => cfgpu.instances.start(id)],
        ['stop', (id: string) => cfgpu.instances.stop(id)],
        ['release', (id: string) => cfgpu.instances.release(id)],
        ['changeImage', (id: string) => cfgpu.instances.changeImage(id, { imageId: 'img' })],
      ] as const;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(hostile, plausible),
          fc.constantFrom(...actions),
          async (id, [suffix, call]) => {
            const result = await outcome(() => call(id));
            checkRoute(result, id, '/userapi/v1/instance/', `/${suffix}`);
          },
        ),
        { numRuns: RUNS_PER_API, interruptAfterTimeLimit: TIME_LIMIT_MS },
      );
    },
    TIME_LIMIT_MS + 30_000,
  );

  it(
    `CSGHub: ${String(RUNS_PER_API)} user names, key names, MCP server ids, file paths, bodies and search texts go where they should`,
    async () => {
      const csghub = new CSGHub({ token: 't', baseUrl: base, maxRetries: 0, timeoutMs: 5_000 });
      const cases = fc.oneof(
        hostile.map((value) => ({
          value,
          call: () => csghub.users.get(value),
          prefix: '/api/v1/user/',
          suffix: '',
        })),
        hostile.map((value) => ({
          value,
          call: () => csghub.users.sshKeys.delete('wanghh2000', value),
          prefix: '/api/v1/user/wanghh2000/ssh_key/',
          suffix: '',
        })),
        hostile.map((value) => ({
          value,
          call: () => csghub.agents.mcpServers.get(value),
          prefix: '/api/v1/agent/mcp-servers/',
          suffix: '',
        })),
      );
      await fc.assert(
        fc.asyncProperty(cases, async ({ value, call, prefix, suffix }) => {
          checkRoute(await outcome(call), value, prefix, suffix);
        }),
        { numRuns: RUNS_PER_API / 2, interruptAfterTimeLimit: TIME_LIMIT_MS / 2 },
      );
      // File paths keep their `/` between segments; each segment arrives intact, none resolves.
      await fc.assert(
        fc.asyncProperty(hostile, async (file) => {
          const result = await outcome(() => csghub.models.getFile('OpenCSG/csg-wukong-1B', file));
          if (result.error !== undefined) {
            expect(result.error).toBeInstanceOf(InvalidArgumentError);
            expect(result.sent).toEqual([]);
            return;
          }
          const prefix = '/api/v1/models/OpenCSG/csg-wukong-1B/blob/';
          const target = result.sent[0]?.url ?? '';
          expect(result.sent).toHaveLength(1);
          expect(target.startsWith(prefix)).toBe(true);
          const segments = (target.slice(prefix.length).split('?')[0] ?? '').split('/');
          for (const part of segments) expect(part).not.toMatch(/^((\.|%2e){1,2})?$/i);
          // A leading `/` is dropped on purpose (`/config.json` is the root's config.json).
          expect(segments.map(decodeURIComponent)).toEqual(file.replace(/^\/+/, '').split('/'));
        }),
        { numRuns: RUNS_PER_API / 4, interruptAfterTimeLimit: TIME_LIMIT_MS / 4 },
      );
      // Bodies arrive as the JSON of what was passed, whatever the strings hold.
      await fc.assert(
        fc.asyncProperty(hostile, hostile, async (name, description) => {
          const result = await outcome(() => csghub.collections.create({ name, description }));
          expect(result.error).toBeUndefined();
          expect(result.sent.map((r) => [r.method, r.url])).toEqual([
            ['POST', '/api/v1/collections'],
          ]);
          expect(JSON.parse(result.sent[0]?.body ?? '')).toEqual({ name, description });
        }),
        { numRuns: RUNS_PER_API / 8, interruptAfterTimeLimit: TIME_LIMIT_MS / 8 },
      );
      // Query values arrive intact, whatever they hold.
      await fc.assert(
        fc.asyncProperty(hostile, async (search) => {
          const result = await outcome(() => csghub.collections.list({ search }));
          expect(result.error).toBeUndefined();
          expect(result.sent).toHaveLength(1);
          const url = new URL(result.sent[0]?.url ?? '', 'http://x');
          expect(url.pathname).toBe('/api/v1/collections');
          expect(url.searchParams.get('search')).toBe(search);
        }),
        { numRuns: RUNS_PER_API / 8, interruptAfterTimeLimit: TIME_LIMIT_MS / 8 },
      );
    },
    TIME_LIMIT_MS + 30_000,
  );
});
