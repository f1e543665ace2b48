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
