import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError, NotFoundError } from '../../../src/csghub/index.js';
import { csghubWith, envelope } from '../../helpers/csghub.js';
import { TOKEN, json } from '../../helpers/fake-fetch.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

const profile = { id: 4107, username: 'wanghh2000', email: 'wanghh2000@example.com' };

/** A hub that knows one token, owned by `wanghh2000`. */
function hub(request: Request): Response {
  const path = new URL(request.url).pathname;
  if (path === `/api/v1/token/${TOKEN}`) {
    return envelope({ id: 0, token_name: 'sdk', user_name: 'wanghh2000' });
  }
  if (path === '/api/v1/user/wanghh2000') return envelope(profile);
  return json({ msg: 'not found' }, { status: 404 });
}

describe('csghub.me()', () => {
  it("looks the token up once, then reads its owner's profile", async () => {
    const { csghub, seen } = csghubWith(hub);
    await expect(csghub.me()).resolves.toEqual(profile);
    const second = await csghub.me().withResponse();
    expect(second.data).toEqual(profile);
    expect(second.response.status).toBe(200);
    expect(seen.map((r) => r.url.pathname)).toEqual([
      `/api/v1/token/${TOKEN}`,
      '/api/v1/user/wanghh2000',
      '/api/v1/user/wanghh2000',
    ]);
  });

  it('looks up the bare token when the option carries Bearer', async () => {
    const { csghub, seen } = csghubWith(hub, { token: `Bearer ${TOKEN}` });
    await expect(csghub.me()).resolves.toEqual(profile);
    expect(seen[0]?.url.pathname).toBe(`/api/v1/token/${TOKEN}`);
  });

  it('refuses without a token, sending nothing', async () => {
    vi.stubEnv('CSGHUB_TOKEN', '');
    const { csghub, seen } = csghubWith(hub, { token: undefined });
    const error = await csghub.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(String(error)).toMatch(/me\(\) needs an access token.*getTokenInfo/);
    expect(seen).toEqual([]);
  });

  it('does not remember a failed lookup, and never names the token in the error', async () => {
    let lookups = 0;
    const { csghub } = csghubWith((request) => {
      if (new URL(request.url).pathname.startsWith('/api/v1/token/') && lookups++ === 0) {
        return json({ msg: 'not found' }, { status: 404 });
      }
      return hub(request);
    });
    const error = await csghub.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(TOKEN);
    await expect(csghub.me()).resolves.toEqual(profile);
    expect(lookups).toBe(2);
  });

  it('keeps the token out of the debug log of the lookup URL', async () => {
    const lines: string[] = [];
    const logger = { debug: (...args: unknown[]) => lines.push(JSON.stringify(args)) };
    const { csghub } = csghubWith(hub, { logger });
    await csghub.me();
    expect(lines.some((line) => line.includes('/api/v1/token/[REDACTED]'))).toBe(true);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});
