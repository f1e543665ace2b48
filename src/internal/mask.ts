/** Masks credentials in a string, or anywhere inside a JSON value, that may echo them. */
export type Scrub = <T>(value: T) => T;

const REDACTED = '[REDACTED]';

/**
 * What to mask for a token: the token without any `Bearer ` prefix, which also masks every
 * spelling of it. Too short a token is not masked, lest ordinary words turn into `[REDACTED]`.
 */
export function masker(token: string | undefined): Scrub {
  const bare = token?.replace(/^Bearer\s+/i, '') ?? '';
  const secret = bare.length >= 4 ? bare : undefined;
  // A token can also travel in a path (the token lookup), percent-encoded there.
  const mask = (text: string) =>
    secret
      ? text.replaceAll(secret, REDACTED).replaceAll(encodeURIComponent(secret), REDACTED)
      : text;
  const scrub: Scrub = <T>(value: T): T => {
    if (!secret || value === undefined || value === null) return value;
    if (typeof value === 'string') return mask(value) as T;
    // Response headers of an error: a proxy may echo the token in one.
    if (value instanceof Headers) return new Headers(scrub([...value])) as T;
    const json = JSON.stringify(value);
    const masked = mask(json);
    return masked === json ? value : (JSON.parse(masked) as T);
  };
  return scrub;
}
