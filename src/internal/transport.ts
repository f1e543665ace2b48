import { apiPromise, type APIPromise, type ResponseSink } from '../core/api-promise.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  InvalidArgumentError,
  InvalidResponseError,
  errorClassForStatus,
  redactHeaders,
} from '../core/errors.js';
import type { ClientOptions, FetchLike, Logger, RequestOptions } from '../core/options.js';
import { DEFAULT_MAX_RETRIES, retryDelay, shouldRetry, type RetryContext } from '../core/retry.js';
import type { Operation, PathValue } from './operation.js';
import { buildUrl } from './url.js';
import { abortAfter, sleep } from './sleep.js';
import { checkPathParams } from './validate.js';

export type { Operation, PathValue } from './operation.js';

export const DEFAULT_TIMEOUT_MS = 60_000;

/** What a call sends besides the operation itself. */
export interface CallInit {
  params?: {
    path?: Record<string, PathValue>;
    query?: object;
  };
  body?: unknown;
  /**
   * Takes over a 2xx response instead of the JSON envelope handling (streams, downloads); what
   * it returns is the call's payload.
   */
  read?: BodyReader;
}

/** Given to a {@link BodyReader} with a 2xx response whose body it will read itself. */
export interface BodyHandoff {
  readonly operation: Operation;
  /** Aborting it cancels the body. */
  readonly controller: AbortController;
  readonly timeoutMs: number;
  /**
   * The caller's signal, if any. The call's own timer and abort forwarding end when the reader
   * returns: a reader that goes on reading re-arms both (see `guardBody`).
   */
  readonly signal: AbortSignal | undefined;
  /** Masks the token in what the body may echo (in-band errors). */
  readonly scrub: Scrub;
}

export type BodyReader = (response: Response, handoff: BodyHandoff) => unknown;

/** How one service wraps its answers and errors. */
export interface ServiceProfile {
  /** Turns a parsed 2xx body into the payload, or throws the service's error. */
  unwrap(body: unknown, response: Response, operation: Operation, scrub: Scrub): unknown;
  /** Pulls the service's own code and message out of an error body. */
  describeError(body: unknown): {
    code?: string | number | undefined;
    message?: string | undefined;
  };
}

/** Masks credentials in a string, or anywhere inside a JSON value, that may echo them. */
export type Scrub = <T>(value: T) => T;

export interface TransportOptions extends ClientOptions {
  /** Sent as `Authorization` exactly as given (bare token or `Bearer …`). */
  token?: string | undefined;
  baseUrl: string;
}

type Outcome = { ok: true; response: Response; data: unknown } | { ok: false; error: APIError };

/** Executes operations: validation, auth, timeouts, retries, envelope unwrapping and errors. */
export class Transport {
  readonly #profile: ServiceProfile;
  readonly #baseUrl: string;
  readonly #fetch: FetchLike;
  /** Lower-case names, so per-call headers replace rather than duplicate them. */
  readonly #headers: Record<string, string>;
  readonly #jsonHeaders: Record<string, string>;
  readonly #timeoutMs: number;
  readonly #maxRetries: number;
  readonly #retryNonIdempotent: boolean;
  readonly #retryDelay: (ctx: RetryContext) => number | null;
  readonly #logger: Logger | undefined;
  /** The token as it may be echoed back, or undefined when there is nothing to mask. */
  readonly #secret: string | undefined;

  constructor(profile: ServiceProfile, options: TransportOptions) {
    checkOptions(options);
    this.#profile = profile;
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#retryNonIdempotent = options.retryNonIdempotent ?? false;
    this.#retryDelay = options.retryDelay ?? retryDelay;
    this.#logger = options.logger;
    this.#headers = mergeHeaders({ accept: 'application/json' }, options.headers);
    if (options.token !== undefined) this.#headers['authorization'] = options.token;
    this.#jsonHeaders = { ...this.#headers, 'content-type': 'application/json' };
    this.#secret = secretOf(options.token);
  }

  /** Base URL, headers and `fetch` for a plain openapi-fetch client beside this one. */
  rawInit(): { baseUrl: string; headers: Record<string, string>; fetch: FetchLike } {
    return { baseUrl: this.#baseUrl, headers: { ...this.#headers }, fetch: this.#fetch };
  }

  /** Runs one operation and resolves to its unwrapped payload, optionally mapped. */
  request<T>(
    op: Operation,
    init: CallInit,
    options: RequestOptions | undefined,
    map?: (data: unknown, body: unknown) => T,
  ): APIPromise<T> {
    const sink: ResponseSink = {};
    return apiPromise(this.#execute(op, init, options, map, sink), sink);
  }

  async #execute<T>(
    op: Operation,
    init: CallInit,
    options: RequestOptions | undefined,
    map: ((data: unknown, body: unknown) => T) | undefined,
    sink: ResponseSink,
  ): Promise<T> {
    checkPathParams(op, init.params?.path);
    const maxRetries = options?.maxRetries ?? this.#maxRetries;
    const retryable = op.idempotent || (options?.retryNonIdempotent ?? this.#retryNonIdempotent);
    const signal = options?.signal;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#send(op, init, options);
      if (outcome.ok) {
        const data = init.read
          ? outcome.data
          : this.#profile.unwrap(outcome.data, outcome.response, op, this.#scrub);
        sink.response = outcome.response;
        return map ? map(data, outcome.data) : (data as T);
      }
      const error = outcome.error;
      if (
        attempt > maxRetries ||
        error instanceof APIUserAbortError ||
        error instanceof InvalidResponseError
      ) {
        throw error;
      }
      const ctx: RetryContext = {
        attempt,
        method: op.method,
        retryable,
        status: error.status,
        headers: error.headers,
      };
      if (!shouldRetry(ctx)) throw error;
      const delay = this.#retryDelay(ctx);
      if (delay === null) throw error;
      this.#logger?.debug('retry', {
        operation: op.id,
        attempt,
        delayMs: delay,
        reason: error.message,
      });
      try {
        await sleep(delay, signal);
      } catch (cause) {
        throw new APIUserAbortError({ operation: op, cause });
      }
    }
  }

  async #send(
    op: Operation,
    init: CallInit,
    options: RequestOptions | undefined,
  ): Promise<Outcome> {
    const signal = options?.signal;
    if (signal?.aborted) {
      return { ok: false, error: new APIUserAbortError({ operation: op, cause: signal.reason }) };
    }
    const timeoutMs = options?.timeoutMs ?? this.#timeoutMs;
    const controller = new AbortController();
    const timer = abortAfter(timeoutMs, controller);
    const onAbort =
      signal &&
      (() => {
        controller.abort(signal.reason);
      });
    if (onAbort) signal.addEventListener('abort', onAbort, { once: true });
    const hasBody = init.body !== undefined;
    const base = hasBody ? this.#jsonHeaders : this.#headers;
    const request: RequestInit = {
      method: op.method,
      headers: options?.headers ? mergeHeaders({ ...base }, options.headers) : base,
      signal: controller.signal,
    };
    if (hasBody) request.body = JSON.stringify(init.body);
    const url = buildUrl(this.#baseUrl, op.path, init.params);
    const logger = this.#logger;
    const started = logger ? Date.now() : 0;
    logger?.debug('request', {
      method: op.method,
      url: this.#mask(url),
      headers: redactHeaders(request.headers as Record<string, string>),
    });
    try {
      const response = await this.#fetch(url, request);
      if (response.ok && init.read) {
        const handoff = { operation: op, controller, timeoutMs, signal, scrub: this.#scrub };
        return { ok: true, response, data: init.read(response, handoff) };
      }
      const text = response.status === 204 || op.method === 'HEAD' ? '' : await response.text();
      logger?.debug('response', {
        operation: op.id,
        status: response.status,
        durationMs: Date.now() - started,
      });
      if (response.ok) return this.#parse(op, response, text);
      return { ok: false, error: this.#httpError(op, response, parseLoosely(text)) };
    } catch (cause) {
      if (isAborted(signal)) {
        return { ok: false, error: new APIUserAbortError({ operation: op, cause }) };
      }
      // Not the caller's signal, so the timer fired.
      if (isAborted(controller.signal)) {
        const message = `timed out after ${timeoutMs} ms`;
        return {
          ok: false,
          error: new APIConnectionTimeoutError({ operation: op, message, cause }),
        };
      }
      const message = this.#scrub(`connection error: ${describeCause(cause)}`);
      return { ok: false, error: new APIConnectionError({ operation: op, message, cause }) };
    } finally {
      clearTimeout(timer);
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
  }

  #parse(op: Operation, response: Response, text: string): Outcome {
    if (text === '') return { ok: true, response, data: undefined };
    try {
      return { ok: true, response, data: JSON.parse(text) };
    } catch (cause) {
      const error = new InvalidResponseError({
        operation: op,
        status: response.status,
        headers: this.#scrub(response.headers),
        body: this.#scrub(text.slice(0, 2048)),
        message: `${response.status} response is not JSON (${response.headers.get('content-type') ?? 'no content type'})`,
        cause,
      });
      return { ok: false, error };
    }
  }

  #httpError(op: Operation, response: Response, rawBody: unknown): APIError {
    const body = this.#scrub(rawBody);
    const { code, message } = this.#profile.describeError(body);
    const ErrorClass = errorClassForStatus(response.status);
    return new ErrorClass({
      operation: op,
      status: response.status,
      headers: this.#scrub(response.headers),
      body,
      code,
      serviceMessage: message === undefined ? response.statusText : this.#scrub(message),
      requestId: requestIdOf(response.headers),
    });
  }

  #mask(text: string): string {
    const secret = this.#secret;
    // A token can also travel in a path (the token lookup), percent-encoded there.
    return secret
      ? text.replaceAll(secret, '[REDACTED]').replaceAll(encodeURIComponent(secret), '[REDACTED]')
      : text;
  }

  readonly #scrub: Scrub = <T>(value: T): T => {
    if (!this.#secret || value === undefined || value === null) return value;
    if (typeof value === 'string') return this.#mask(value) as T;
    // Response headers of an error: a proxy may echo the token in one.
    if (value instanceof Headers) return new Headers(this.#scrub([...value])) as T;
    const json = JSON.stringify(value);
    const masked = this.#mask(json);
    return masked === json ? value : (JSON.parse(masked) as T);
  };
}

/** Lower-cases header names so later sources replace earlier ones, whatever their case. */
function mergeHeaders(
  target: Record<string, string>,
  extra: Record<string, string> | undefined,
): Record<string, string> {
  if (extra) for (const [name, value] of Object.entries(extra)) target[name.toLowerCase()] = value;
  return target;
}

/** An error body: JSON when it parses, else the text itself. */
function parseLoosely(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Refuses option values that would silently misbehave (a negative timeout fires at once). */
function checkOptions({ timeoutMs, maxRetries }: ClientOptions): void {
  if (timeoutMs !== undefined && !(timeoutMs > 0)) invalid('timeoutMs', timeoutMs, '> 0');
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    invalid('maxRetries', maxRetries, 'an integer ≥ 0');
  }
}

function invalid(name: string, value: number, expected: string): never {
  throw new InvalidArgumentError(`${name} must be ${expected} (got ${value})`);
}

/** Shared timer callback: no closure per request. */
/** Read through a call: TypeScript would keep a pre-`await` narrowing of `signal.aborted`. */
function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted ?? false;
}

/**
 * What to mask: the token without any `Bearer ` prefix, which also masks every spelling of it.
 * Too short a token is not masked, lest ordinary words turn into `[REDACTED]`.
 */
function secretOf(token: string | undefined): string | undefined {
  const bare = token?.replace(/^Bearer\s+/i, '') ?? '';
  return bare.length >= 4 ? bare : undefined;
}

export function requestIdOf(headers: Headers): string | undefined {
  return headers.get('x-request-id') ?? headers.get('x-trace-id') ?? undefined;
}

/** The most specific reason in a fetch error chain, e.g. `connect ECONNREFUSED 127.0.0.1:1`. */
function describeCause(cause: unknown): string {
  let error = cause;
  for (
    let depth = 0;
    depth < 5 && error instanceof Error && error.cause instanceof Error;
    depth++
  ) {
    error = error.cause;
  }
  const { message, code } = error as { message?: unknown; code?: unknown };
  if (typeof message === 'string' && message !== '') return message;
  return typeof code === 'string' ? code : String(error);
}
