import { InvalidArgumentError } from '../core/errors.js';
import { hideUserinfo } from './mask.js';
import type { PathValue } from './operation.js';

const encode = encodeURIComponent;

/** `{ raw }` values are already encoded (a file path keeps its `/`); others are encoded whole. */
const segment = (value: PathValue | undefined): string =>
  typeof value === 'object' ? value.raw : encode(String(value));

/**
 * `base + path` with each `{name}` replaced by its encoded value, plus the query string:
 * `undefined`/`null` values are left out and arrays repeat their key (`a=1&a=2`), as
 * openapi-fetch's default serializer does.
 */
export function buildUrl(
  base: string,
  path: string,
  params?: { path?: Record<string, PathValue>; query?: object },
): string {
  const values = params?.path;
  let url =
    base +
    (values ? path.replace(/\{([^}]+)\}/g, (_, name: string) => segment(values[name])) : path);
  const query = params?.query as Record<string, unknown> | undefined;
  if (query) {
    let search = '';
    for (const key in query) {
      const value = query[key];
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
        search += `${search ? '&' : ''}${encode(key)}=${encode(String(item))}`;
      }
    }
    if (search) url += `?${search}`;
  }
  return url;
}

/** `text` as an absolute URL, or `undefined` when it is not one. */
export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Whether a URL is one the clients fetch: http or https (never `data:`, `file:`, …). */
export const isHttp = (url: URL): boolean => url.protocol === 'https:' || url.protocol === 'http:';

/**
 * Refuses a base URL that would fail every call, or quietly send it elsewhere: not absolute,
 * not http(s) (`javascript:`, `file:`, `localhost:8080`), or with a query or fragment, which
 * the paths would be appended to. A path prefix and a trailing slash are fine.
 */
export function checkBaseUrl(value: string): void {
  const url = parseUrl(value);
  const why = !url
    ? 'is not an absolute URL'
    : !isHttp(url)
      ? 'must be http or https'
      : /[?#]/.test(value)
        ? 'must not have a query or fragment'
        : '';
  if (why) {
    throw new InvalidArgumentError(`baseUrl ${why} (got ${JSON.stringify(hideUserinfo(value))})`);
  }
}
