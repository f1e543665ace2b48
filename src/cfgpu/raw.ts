import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/cfgpu.js';
import { transportOf } from './client.js';
import type { CFGPU } from './client.js';

/**
 * The typed openapi-fetch client underneath a {@link CFGPU} client, with its base URL, token
 * and `fetch`: answers `{ data, error, response }` with the raw envelope, without retries,
 * unwrapping or typed errors. A separate import, so apps that never use it do not ship it.
 */
export function createRawClient(cfgpu: CFGPU): Client<paths> {
  const { baseUrl, headers, fetch } = transportOf(cfgpu).rawInit();
  return createClient<paths>({
    baseUrl,
    headers,
    fetch: async (request: Request) => {
      const init: RequestInit = {
        method: request.method,
        headers: request.headers,
        signal: request.signal,
        redirect: request.redirect,
      };
      if (request.body) init.body = await request.arrayBuffer();
      return fetch(request.url, init);
    },
  });
}
