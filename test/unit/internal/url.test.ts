import { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { buildUrl } from '../../../src/internal/url.js';

const BASE = 'https://api.test';

/** What openapi-fetch itself would send for the same operation and parameters. */
const reference = (
  path: string,
  params: { path?: Record<string, string | number>; query?: Record<string, unknown> },
) =>
  createFinalURL(path, {
    baseUrl: BASE,
    params,
    querySerializer: createQuerySerializer(),
    pathSerializer: defaultPathSerializer,
  });

describe('buildUrl', () => {
  it.each([
    ['no parameters', '/v1/list', {}],
    ['a path value', '/v1/instance/{instanceId}/status', { path: { instanceId: 'instance-1' } }],
    ['a path value to encode', '/v1/items/{id}', { path: { id: 'a b/ç?#%' } }],
    [
      'two path values',
      '/v1/{namespace}/{name}',
      { path: { namespace: 'OpenCSG', name: 'csg-wukong' } },
    ],
    ['a numeric path value', '/v1/orders/{id}', { path: { id: 42 } }],
    ['query values', '/v1/images', { query: { adaptType: 'VM', page: 2, flag: true } }],
    ['query values to encode', '/v1/search', { query: { q: 'a&b=c ü', k_y: '1' } }],
    ['undefined and null query values', '/v1/search', { query: { a: undefined, b: null, c: 'x' } }],
    ['an array query value', '/v1/search', { query: { tag: ['a', 'b c'] } }],
    ['an empty query', '/v1/search', { query: {} }],
  ] as const)('matches openapi-fetch for %s', (_, path, params) => {
    expect(buildUrl(BASE, path, params)).toBe(reference(path, params));
  });

  it('also encodes query keys, which openapi-fetch sends raw', () => {
    expect(buildUrl(BASE, '/v1/s', { query: { 'k y&': 1 } })).toBe(`${BASE}/v1/s?k%20y%26=1`);
  });
});
