/** Masks credentials in a string, or anywhere inside a JSON value, that may echo them. */
export type Scrub = <T>(value: T) => T;

const REDACTED = '[REDACTED]';

/** A URL's `//user:password@`: everything up to the last `@` before the host ends. */
const USERINFO = /\/\/[^/?#\s"'<>\\]*@/g;

/** Any URL's `user:password@` in `text` as `***@`. */
export const hideUserinfo = (text: string): string => text.replace(USERINFO, '//***@');

/**
 * What to mask: the token without any `Bearer ` prefix, which also masks every spelling of it,
 * and the `user:password@` of any URL (a base URL may carry one; Node's `fetch` quotes it in
 * full when it refuses it). Too short a token is not masked, lest ordinary words turn into
 * `[REDACTED]`.
 */
export function masker(token: string | undefined): Scrub {
  const bare = token?.replace(/^Bearer\s+/i, '') ?? '';
  const secret = bare.length >= 4 ? bare : undefined;
  const mask = (text: string) => {
    const hidden = hideUserinfo(text);
    // A token can also travel in a path (the token lookup), percent-encoded there.
    return secret
      ? hidden.replaceAll(secret, REDACTED).replaceAll(encodeURIComponent(secret), REDACTED)
      : hidden;
  };
  const scrub: Scrub = <T>(value: T): T => {
    if (value === undefined || value === null) return value;
    if (typeof value === 'string') return mask(value) as T;
    // Response headers of an error: a proxy may echo the token in one.
    if (value instanceof Headers) return new Headers(scrub([...value])) as T;
    const json = JSON.stringify(value);
    const masked = mask(json);
    return masked === json ? value : (JSON.parse(masked) as T);
  };
  return scrub;
}

/**
 * Masks credentials in the message and stack of the error `fetch` raised, in place: the
 * APIError keeps it as `cause`.
 */
export function scrubCause(cause: unknown, scrub: Scrub): void {
  if (cause instanceof Error) {
    cause.message = scrub(cause.message);
    if (cause.stack) cause.stack = scrub(cause.stack);
  }
}
