/**
 * A base URL's `user:password@` is a credential like the token: masked as `***@` in errors
 * (message, cause, stack), their bodies and headers, and debug logs.
 */
import { describe, expect, it } from 'vitest';
import { CFGPU } from '../../../src/cfgpu/index.js';
import { CSGHub } from '../../../src/csghub/index.js';
import { hideUserinfo, masker, scrubCause } from '../../../src/internal/mask.js';
import { json } from '../../helpers/fake-fetch.js';

const PASSWORD = 'pa55-w0rd-9c1e';

/** Every place a credential could leak from an error, its causes included. */
function surfaces(error: unknown): string[] {
  const texts: string[] = [String(error), JSON.stringify(error)];
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    texts.push(e.message, e.stack ?? '');
  }
  return texts;
}

describe('masking a base URL’s user and password', () => {
  it('masks any URL’s userinfo, with or without a token, in strings and JSON values', () => {
    const scrub = masker(undefined);
    expect(scrub(`GET http://admin:${PASSWORD}@hub.test/api/v1/models failed`)).toBe(
      'GET http://***@hub.test/api/v1/models failed',
    );
    const withToken = masker('tok-123456');
    expect(
      withToken({ url: `https://a%20b:p%40ss@hub.test/x`, echoed: 'tok-123456', n: 1 }),
    ).toEqual({ url: 'https://***@hub.test/x', echoed: '[REDACTED]', n: 1 });
  });

  it('hideUserinfo masks any URL’s userinfo, up to the last @ before the host', () => {
    expect(hideUserinfo(`x http://u:${PASSWORD}@h:1/p?q=a@b y`)).toBe('x http://***@h:1/p?q=a@b y');
    expect(hideUserinfo('https://u:p@ss@h/p')).toBe('https://***@h/p');
    expect(hideUserinfo('mailto:a@b.test and https://h/p@q')).toBe(
      'mailto:a@b.test and https://h/p@q',
    );
  });

  it.each([
    [
      'CSGHub',
      () =>
        new CSGHub({
          baseUrl: `http://admin:${PASSWORD}@127.0.0.1:9`,
          maxRetries: 0,
        }).models.list(),
    ],
    [
      'CFGPU',
      () =>
        new CFGPU({
          token: 'tok-1234',
          baseUrl: `http://admin:${PASSWORD}@127.0.0.1:9`,
          maxRetries: 0,
        }).regions.list(),
    ],
  ])('%s: the error fetch raises for such a URL names it without the password', async (_, call) => {
    const error = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain('http://***@127.0.0.1:9/');
    for (const text of surfaces(error)) expect(text).not.toContain(PASSWORD);
  });

  it('masks it in debug logs and in what the service echoes back', async () => {
    const lines: string[] = [];
    const logger = {
      debug: (...args: unknown[]) => {
        lines.push(JSON.stringify(args));
      },
    };
    // Not `new Request(url)`, which refuses a URL with credentials: a fetch that takes them.
    const fetch = (url: string) =>
      Promise.resolve(
        json({ msg: `no route for ${url}` }, { status: 404, headers: { 'x-url': url } }),
      );
    const base = `https://admin:${PASSWORD}@hub.test`;
    const csghub = new CSGHub({ baseUrl: base, fetch, logger, maxRetries: 0 });
    const error = await csghub.models.get('a/b').then(
      () => undefined,
      (e: unknown) => e as Error & { body: unknown; headers: Headers },
    );
    expect(lines.join('\n')).toContain('https://***@hub.test/api/v1/models/a/b');
    expect(lines.join('\n')).not.toContain(PASSWORD);
    for (const text of surfaces(error)) expect(text).not.toContain(PASSWORD);
    expect(JSON.stringify(error?.body)).not.toContain(PASSWORD);
    expect(error?.headers.get('x-url')).toBe('https://***@hub.test/api/v1/models/a/b');
  });
});

describe('masking a token that JSON escapes, or that travels in a URL', () => {
  const QUOTED = 'ab"SECRET\\cd-7e21';

  it('masks the JSON-escaped spelling wherever it masks the token', () => {
    const scrub = masker(QUOTED);
    const text = JSON.stringify({ msg: `bad token ${QUOTED}` });
    expect(scrub(text)).not.toContain('SECRET');
    expect(scrub({ msg: `bad token ${QUOTED}` })).toEqual({ msg: 'bad token [REDACTED]' });
  });

  it('keeps it out of an error whose JSON body echoes it', async () => {
    const fetch = () =>
      Promise.resolve(json({ msg: `invalid token ${QUOTED}`, echo: [QUOTED] }, { status: 401 }));
    const error = await new CFGPU({ token: QUOTED, baseUrl: 'https://cfgpu.test', fetch }).regions
      .list()
      .then(
        () => undefined,
        (e: unknown) => e as Error & { body: unknown },
      );
    expect(error?.name).toBe('AuthenticationError');
    for (const text of surfaces(error)) expect(text).not.toContain('SECRET');
    expect(JSON.stringify(error?.body)).not.toContain('SECRET');
  });

  it('keeps a token in a URL out of the cause fetch raised, however deep', async () => {
    const token = 'tok-in-url-5b9d';
    const fetch = (url: string) =>
      Promise.reject(
        new TypeError(`fetch failed for ${url}`, {
          cause: new Error(`connect ECONNREFUSED while fetching ${url}`, {
            cause: new Error(`socket for ${url}`),
          }),
        }),
      );
    const csghub = new CSGHub({ token, baseUrl: 'https://hub.test', fetch, maxRetries: 0 });
    const error = await csghub.me().catch((e: unknown) => e);
    expect((error as Error).name).toBe('APIConnectionError');
    expect((error as Error).message).toContain('/api/v1/token/[REDACTED]');
    for (const text of surfaces(error)) expect(text).not.toContain(token);
  });

  it('keeps the token out of the parse error a non-JSON 2xx body gives', async () => {
    const token = 'tok-not-json-3c1f';
    const fetch = () => Promise.resolve(new Response(token));
    const error = await new CFGPU({ token, baseUrl: 'https://cfgpu.test', fetch }).regions
      .list()
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('InvalidResponseError');
    for (const text of surfaces(error)) expect(text).not.toContain(token);
  });
});

describe('masking the text a JSON parse error quotes', () => {
  const token = 'csg-0123456789abcdef0123456789abcdef';
  it('drops the cut-short excerpt, which the full-token mask cannot match', () => {
    let error: unknown;
    try {
      JSON.parse(`{"key":${token}}`);
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).toContain(token.slice(0, 8));
    scrubCause(error, masker(token));
    const { message, stack = '' } = error as Error;
    expect(`${message} ${stack}`).not.toContain(token.slice(0, 8));
    expect(message).toMatch(/^Unexpected token .*: not valid JSON$/);
  });
});
