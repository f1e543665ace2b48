/**
 * Base URLs are checked when a client is made: a scheme other than http(s), text that is not an
 * absolute URL, or a query or fragment is refused with `InvalidArgumentError` naming `baseUrl`,
 * before anything is sent.
 */
import { describe, expect, it } from 'vitest';
import { CFGPU } from '../../src/cfgpu/index.js';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { CSGHub } from '../../src/csghub/index.js';

const make = {
  CSGHub: (baseUrl: string) => new CSGHub({ baseUrl, fetch: () => Promise.reject(new Error()) }),
  CFGPU: (baseUrl: string) =>
    new CFGPU({ token: 'tok-1', baseUrl, fetch: () => Promise.reject(new Error()) }),
};

describe.each(Object.entries(make))('%s base URL', (_, create) => {
  it.each([
    ['javascript:alert(1)', 'http or https'],
    ['file:///etc/passwd', 'http or https'],
    ['data:text/plain,x', 'http or https'],
    ['localhost:8080', 'http or https'],
    ['example.com', 'not an absolute URL'],
    ['', 'not an absolute URL'],
    ['http://', 'not an absolute URL'],
    ['https://h.test/?x=1', 'query or fragment'],
    ['https://h.test/prefix#y', 'query or fragment'],
    ['https://h.test?', 'query or fragment'],
  ])('refuses %j: %s', (url, why) => {
    expect(() => create(url)).toThrow(InvalidArgumentError);
    expect(() => create(url)).toThrow(/^baseUrl /);
    expect(() => create(url)).toThrow(why);
  });

  it('names the URL without its user and password', () => {
    expect(() => create('ftp://admin:pa55-w0rd@h.test')).toThrow(/ftp:\/\/\*\*\*@h\.test/);
    expect(() => create('ftp://admin:pa55-w0rd@h.test')).not.toThrow(/pa55/);
  });

  it.each(['http://h.test', 'https://h.test/', 'http://127.0.0.1:8080/prefix/', 'HTTPS://H.test'])(
    'accepts %j',
    (url) => {
      expect(() => create(url)).not.toThrow();
    },
  );
});
