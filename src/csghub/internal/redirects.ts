import type { FetchLike } from '../../core/options.js';
import { isHttp } from '../../internal/url.js';

/** What a GET keeps when a redirect leads to another origin. */
const KEPT_ACROSS_ORIGINS = new Set(['accept', 'range', 'if-range']);
const MAX_REDIRECTS = 20;

/**
 * `fetch` that follows a GET's redirects itself, so the token and the client's and call's
 * headers never reach another origin (`fetch` drops only `Authorization` and `Cookie`). A
 * browser hides redirects (`opaqueredirect`): there the GET is sent again for it to follow.
 */
export function originBoundRedirects(fetch: FetchLike): FetchLike {
  return async (input, init) => {
    if ((init.method ?? 'GET') !== 'GET') return fetch(input, init);
    let url = new URL(input);
    let headers = new Headers(init.headers);
    for (let hops = 0; ; hops++) {
      const response = await fetch(url.href, { ...init, headers, redirect: 'manual' });
      if (response.type === 'opaqueredirect') return fetch(url.href, { ...init, headers });
      const location = response.status >= 300 && response.headers.get('location');
      if (!location || response.status >= 400) return response;
      await response.body?.cancel();
      const next = new URL(location, url);
      if (hops === MAX_REDIRECTS || !isHttp(next)) {
        throw new TypeError(`redirect refused (${next.protocol}, hop ${String(hops + 1)})`);
      }
      if (next.origin !== url.origin) {
        headers = new Headers([...headers].filter(([name]) => KEPT_ACROSS_ORIGINS.has(name)));
      }
      url = next;
    }
  };
}
