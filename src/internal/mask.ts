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
  // A token can also travel in a path (the token lookup), percent-encoded there, and in JSON
  // text escaped (a `"` or `\` in it).
  const spellings = secret
    ? [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]
    : [];
  const mask = (text: string) =>
    spellings.reduce((out, spelling) => out.replaceAll(spelling, REDACTED), hideUserinfo(text));
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
 * V8's `JSON.parse` error quotes the start of the text, cut short (`"{"key":abc12"... is not
 * valid JSON`): a cut token no longer matches the masker, so the excerpt is dropped.
 */
const JSON_EXCERPT = /, ".*?"(?:\.\.\.)? is not valid JSON/s;
const NOT_JSON = ': not valid JSON';

/**
 * Masks credentials in the message and stack of an error an APIError keeps as `cause` (what
 * `fetch` or `JSON.parse` raised), and of its own causes, in place.
 */
export function scrubCause(cause: unknown, scrub: Scrub): void {
  for (let error = cause, depth = 0; error instanceof Error && depth < 5; depth++) {
    error.message = scrub(error.message.replace(JSON_EXCERPT, NOT_JSON));
    if (error.stack) error.stack = scrub(error.stack.replace(JSON_EXCERPT, NOT_JSON));
    error = error.cause;
  }
}
