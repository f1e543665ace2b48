/**
 * The token never appears in any error: one case for every error class the package throws,
 * from both clients, with services that echo the token back wherever they can.
 */
import { describe, expect, it } from 'vitest';
import * as cfgpuErrors from '../../src/cfgpu/index.js';
import * as csghubErrors from '../../src/csghub/index.js';
import { cfgpuWith } from '../helpers/cfgpu.js';
import { csghubWith } from '../helpers/csghub.js';
import { TOKEN, fail, hang, json } from '../helpers/fake-fetch.js';

const echo = `bad token ${TOKEN} (Authorization: Bearer ${TOKEN})`;

/** Every place a token could leak from an error. */
function surfaces(error: unknown): string[] {
  const e = error as Error & { body?: unknown; headers?: unknown };
  return [
    e.message,
    String(e),
    JSON.stringify(e),
    e.stack ?? '',
    JSON.stringify(e.body ?? null),
    JSON.stringify(e.headers ?? null),
  ];
}

const byStatus = [
  [400, 'BadRequestError'],
  [401, 'AuthenticationError'],
  [403, 'PermissionDeniedError'],
  [404, 'NotFoundError'],
  [408, 'APIError'],
  [409, 'ConflictError'],
  [422, 'UnprocessableEntityError'],
  [429, 'RateLimitError'],
  [500, 'InternalServerError'],
] as const;

/** Error classes a test below produced, to check that none was left out. */
const produced = new Set<string>();

function check(error: unknown, expected: string): void {
  expect((error as Error).constructor.name).toBe(expected);
  produced.add(expected);
  for (const text of surfaces(error)) expect(text).not.toContain(TOKEN);
}

describe('no error carries the token', () => {
  it.each(byStatus)('HTTP %i → %s, from both clients', async (status, expected) => {
    const headers = { 'x-echo': TOKEN, 'retry-after': '0' };
    const { csghub } = csghubWith(() => json({ msg: echo, code: 'X-1' }, { status, headers }), {
      maxRetries: 0,
    });
    check(await csghub.models.get('OpenCSG/csg-wukong-1B').catch((e: unknown) => e), expected);
    const { cfgpu } = cfgpuWith(() => fail(1, echo, { status, headers }), { maxRetries: 0 });
    check(await cfgpu.regions.list().catch((e: unknown) => e), expected);
  });

  it('CfgpuError (success: false under 200)', async () => {
    const { cfgpu } = cfgpuWith(() => fail(50001, echo));
    check(await cfgpu.regions.list().catch((e: unknown) => e), 'CfgpuError');
  });

  it('InvalidResponseError (a 2xx that is not the service JSON)', async () => {
    const { csghub } = csghubWith(() => new Response(`<p>${echo}</p>`, { status: 200 }));
    check(await csghub.models.get('OpenCSG/x').catch((e: unknown) => e), 'InvalidResponseError');
  });

  it('APIConnectionError and APIConnectionTimeoutError', async () => {
    const refused = csghubWith(() => Promise.reject(new TypeError(`connect failed ${TOKEN}`)), {
      maxRetries: 0,
    });
    check(await refused.csghub.tags.list().catch((e: unknown) => e), 'APIConnectionError');
    const slow = csghubWith((request) => hang(request), { maxRetries: 0, timeoutMs: 5 });
    check(await slow.csghub.tags.list().catch((e: unknown) => e), 'APIConnectionTimeoutError');
  });

  it('APIUserAbortError', async () => {
    const { cfgpu } = cfgpuWith((request) => hang(request));
    const controller = new AbortController();
    const pending = cfgpu.regions.list({ signal: controller.signal }).catch((e: unknown) => e);
    controller.abort(new Error(`stop ${TOKEN}`));
    check(await pending, 'APIUserAbortError');
  });

  it('InvalidArgumentError', async () => {
    const { csghub } = csghubWith(() => json({}));
    check(await csghub.users.get(`..`).catch((e: unknown) => e), 'InvalidArgumentError');
  });

  it('WaitTimeoutError and WaitFailedError', async () => {
    const running = cfgpuWith(() =>
      json({ success: true, content: { instanceId: 'i-1', statusCode: 'RUNNING' } }),
    );
    check(
      await running.cfgpu.instances
        .waitFor('i-1', 'CLOSED', { timeoutMs: 30, intervalMs: 10 })
        .catch((e: unknown) => e),
      'WaitTimeoutError',
    );
    const broken = cfgpuWith(() =>
      json({ success: true, content: { instanceId: 'i-1', statusCode: 'ERROR' } }),
    );
    check(
      await broken.cfgpu.instances.waitFor('i-1', 'RUNNING').catch((e: unknown) => e),
      'WaitFailedError',
    );
  });

  it('StatusReadingError (an error event in a status stream)', async () => {
    const { csghub } = csghubWith(
      () =>
        new Response(`event: error\ndata: cannot read ${TOKEN}\n\n`, {
          headers: { 'content-type': 'text/event-stream' },
        }),
    );
    const stream = csghub.spaces.streamStatus('OpenCSG/wukong-chat');
    const error = await (async () => {
      for await (const _ of stream) return undefined;
      return undefined;
    })().catch((e: unknown) => e);
    check(error, 'StatusReadingError');
  });

  it('covered every error class the package exports', () => {
    const exported = new Set(
      [...Object.entries(cfgpuErrors), ...Object.entries(csghubErrors)]
        .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error)
        .map(([name]) => name),
    );
    // Base classes are never thrown themselves.
    for (const base of ['CsgkitError']) exported.delete(base);
    expect([...exported].filter((name) => !produced.has(name)).sort()).toEqual([]);
  });
});
