import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/cfgpu/index.js';
import { cfgpuWith } from '../../helpers/cfgpu.js';
import { TOKEN, fail, hang, json } from '../../helpers/fake-fetch.js';

/** Every place a token could leak from an error. */
function surfaces(error: unknown): string[] {
  const e = error as Error;
  return [
    e.message,
    String(e),
    JSON.stringify(e),
    e.stack ?? '',
    JSON.stringify((e as { body?: unknown }).body ?? null),
  ];
}

const echo = `invalid token ${TOKEN} (Bearer ${TOKEN})`;

describe('the token never leaks', () => {
  it.each([
    ['an envelope failure', () => fail(401, echo)],
    ['an HTTP error with an envelope', () => fail(401, echo, { status: 401 })],
    ['a plain-text HTTP error', () => new Response(echo, { status: 403 })],
    ['a problem+json error', () => json({ title: 'Unauthorized', detail: echo }, { status: 401 })],
    ['a non-JSON success', () => new Response(`<p>${echo}</p>`, { status: 200 })],
    ['a non-envelope success', () => json({ echo })],
  ])('from %s that echoes it', async (_, respond) => {
    for (const token of [TOKEN, `Bearer ${TOKEN}`]) {
      const { cfgpu } = cfgpuWith(respond, { token });
      const error = await cfgpu.regions.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      for (const text of surfaces(error)) expect(text).not.toContain(TOKEN);
    }
  });

  it('from connection errors and timeouts', async () => {
    const errors: unknown[] = [];
    const refused = cfgpuWith(() => Promise.reject(new TypeError(`fetch failed for ${TOKEN}`)), {
      maxRetries: 0,
    });
    errors.push(await refused.cfgpu.gpus.list().catch((e: unknown) => e));
    const hanging = cfgpuWith((request) => hang(request), { timeoutMs: 5, maxRetries: 0 });
    errors.push(await hanging.cfgpu.gpus.list().catch((e: unknown) => e));
    for (const error of errors)
      for (const text of surfaces(error)) expect(text).not.toContain(TOKEN);
  });

  it('from debug logs', async () => {
    const lines: string[] = [];
    const logger: Logger = {
      debug: (message, details) => lines.push(`${message} ${JSON.stringify(details)}`),
    };
    const { cfgpu } = cfgpuWith(
      (_, call) => (call === 1 ? fail(1, echo, { status: 503 }) : fail(1, echo)),
      {
        logger,
      },
    );
    await cfgpu.regions.list().catch(() => undefined);
    expect(
      lines.some((l) => l.startsWith('request') && l.includes('"authorization":"[REDACTED]"')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('retry'))).toBe(true);
    for (const line of lines) expect(line).not.toContain(TOKEN);
  });
});
