import { apiPromise, type APIPromise, type ResponseSink } from '../core/api-promise.js';
import {
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  InvalidArgumentError,
  InvalidResponseError,
  redactHeaders,
} from '../core/errors.js';
import type { ClientOptions, FetchLike, RequestOptions } from '../core/options.js';
import { DEFAULT_MAX_RETRIES, retryDelay, shouldRetry, type RetryContext } from '../core/retry.js';
import { masker, type Scrub } from './mask.js';
import type { Operation, PathValue } from './operation.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readText } from './read-text.js';
import {
  fetchError,
  httpError,
  notJsonError,
  tooLargeError,
  unusableError,
} from './response-errors.js';
import type { ServiceProfile } from './service-profile.js';
import { buildUrl } from './url.js';
import { abortAfter, sleep } from './sleep.js';
import { checkPathParams } from './validate.js';

export type { Scrub } from './mask.js';
export type { ServiceProfile } from './service-profile.js';
export type { Operation, PathValue } from './operation.js';
export { requestIdOf } from './response-errors.js';

export const DEFAULT_TIMEOUT_MS = 60_000;

/** What a call sends besides the operation itself. */
export interface CallInit {
  params?: {
    path?: Record<string, PathValue>;
    query?: object;
  };
  body?: unknown;
  /**
   * Sent as is instead of a JSON `body` (forms, file bytes); `fetch` sets its content type. It
   * must be re-readable (a `Blob`, `FormData` or bytes), since a retry sends it again.
   */
  payload?: Blob | FormData | Uint8Array<ArrayBuffer> | undefined;
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
  /** The client's size limits, for a reader that reads the body whole or parses events. */
  readonly limits: Pick<TransportOptions, 'maxResponseBytes' | 'maxEventBytes'>;
}

export type BodyReader = (response: Response, handoff: BodyHandoff) => unknown;

export interface TransportOptions extends ClientOptions {
  /** Sent as `Authorization` exactly as given (bare token or `Bearer …`). */
  token?: string | undefined;
  baseUrl: string;
  maxEventBytes?: number | undefined;
}

/** A 2xx answer with its parsed body, or the error the attempt ended in. */
type Outcome = { response: Response; data: unknown } | APIError;

/** Executes operations: validation, auth, timeouts, retries, envelope unwrapping and errors. */
export class Transport {
  readonly #profile: ServiceProfile;
  readonly #baseUrl: string;
  readonly #fetch: FetchLike;
  /** Lower-case names, so per-call headers replace rather than duplicate them. */
  readonly #headers: Record<string, string>;
  readonly #jsonHeaders: Record<string, string>;
  /** Read where used (timeouts, retries, logger, limits): fewer fields, a smaller bundle. */
  readonly #options: TransportOptions;
  readonly #scrub: Scrub;

  constructor(profile: ServiceProfile, options: TransportOptions) {
    checkOptions(options);
    this.#profile = profile;
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#options = options;
    this.#headers = mergeHeaders({ accept: 'application/json' }, options.headers);
    if (options.token !== undefined) this.#headers['authorization'] = options.token;
    this.#jsonHeaders = { ...this.#headers, 'content-type': 'application/json' };
    this.#scrub = masker(options.token);
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

  /** Runs an operation whose answer carries nothing worth returning; resolves to `undefined`. */
  send(op: Operation, init: CallInit, options: RequestOptions | undefined): APIPromise<undefined> {
    return this.request(op, init, options, () => undefined);
  }

  async #execute<T>(
    op: Operation,
    init: CallInit,
    options: RequestOptions | undefined,
    map: ((data: unknown, body: unknown) => T) | undefined,
    sink: ResponseSink,
  ): Promise<T> {
    checkPathParams(op, init.params?.path);
    const client = this.#options;
    const maxRetries = options?.maxRetries ?? client.maxRetries ?? DEFAULT_MAX_RETRIES;
    const retryable =
      op.idempotent || (options?.retryNonIdempotent ?? client.retryNonIdempotent ?? false);
    const signal = options?.signal;
    const deadlineMs = options?.deadlineMs ?? client.deadlineMs ?? Infinity;
    const deadline = Date.now() + deadlineMs;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(op, init, options, deadline - Date.now());
      if (!(outcome instanceof APIError)) {
        let data: unknown;
        try {
          data = init.read
            ? outcome.data
            : this.#profile.unwrap(outcome.data, outcome.response, op, this.#scrub);
        } catch (cause) {
          throw cause instanceof RangeError ? unusableError(op, cause, this.#scrub) : cause;
        }
        sink.response = outcome.response;
        return map ? map(data, outcome.data) : (data as T);
      }
      if (
        attempt > maxRetries ||
        outcome instanceof APIUserAbortError ||
        outcome instanceof InvalidResponseError
      ) {
        throw outcome;
      }
      const ctx: RetryContext = {
        attempt,
        method: op.method,
        retryable,
        status: outcome.status,
        headers: outcome.headers,
      };
      if (!shouldRetry(ctx)) throw outcome;
      const delay = (client.retryDelay ?? retryDelay)(ctx);
      if (delay === null) throw outcome;
      if (delay >= deadline - Date.now()) {
        const message = `deadlineMs (${deadlineMs} ms) reached`;
        throw new APIConnectionTimeoutError({ operation: op, message, cause: outcome });
      }
      client.logger?.debug('retry', {
        operation: op.id,
        attempt,
        delayMs: delay,
        reason: outcome.message,
      });
      try {
        await sleep(delay, signal);
      } catch (cause) {
        throw new APIUserAbortError({ operation: op, cause });
      }
    }
  }

  /** One attempt: the answer, or the error it ended in (never thrown). */
  async #attempt(
    op: Operation,
    init: CallInit,
    options: RequestOptions | undefined,
    /** Milliseconds left before the call's deadline: the attempt's timeout is no longer. */
    left: number,
  ): Promise<Outcome> {
    const signal = options?.signal;
    if (signal?.aborted) {
      return new APIUserAbortError({ operation: op, cause: signal.reason });
    }
    const client = this.#options;
    const timeoutMs = Math.min(options?.timeoutMs ?? client.timeoutMs ?? DEFAULT_TIMEOUT_MS, left);
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
    else if (init.payload !== undefined) request.body = init.payload;
    const url = buildUrl(this.#baseUrl, op.path, init.params);
    const logger = client.logger;
    const started = logger ? Date.now() : 0;
    logger?.debug('request', {
      method: op.method,
      url: this.#scrub(url),
      headers: redactHeaders(request.headers as Record<string, string>),
    });
    try {
      const response = await this.#fetch(url, request);
      const maxBytes = client.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
      if (response.ok && init.read) {
        const handoff = {
          operation: op,
          controller,
          timeoutMs,
          signal,
          scrub: this.#scrub,
          limits: client,
        };
        return { response, data: init.read(response, handoff) };
      }
      const text =
        response.status === 204 || op.method === 'HEAD'
          ? ''
          : await readText(response.body, maxBytes);
      if (text === undefined) return tooLargeError(op, response, maxBytes, this.#scrub);
      logger?.debug('response', {
        operation: op.id,
        status: response.status,
        durationMs: Date.now() - started,
      });
      if (!response.ok) return httpError(op, response, text, this.#profile, this.#scrub);
      try {
        return { response, data: text === '' ? undefined : JSON.parse(text) };
      } catch (cause) {
        return notJsonError(op, response, text, cause, this.#scrub);
      }
    } catch (cause) {
      return fetchError(op, cause, signal, controller.signal, timeoutMs, this.#scrub);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
  }
}

/** Lower-cases header names so later sources replace earlier ones, whatever their case. */
function mergeHeaders(
  target: Record<string, string>,
  extra: Record<string, string> | undefined,
): Record<string, string> {
  if (extra) for (const [name, value] of Object.entries(extra)) target[name.toLowerCase()] = value;
  return target;
}

/** Refuses option values that would silently misbehave (a negative timeout fires at once). */
function checkOptions({ timeoutMs, maxRetries, deadlineMs }: ClientOptions): void {
  if (timeoutMs !== undefined && !(timeoutMs > 0)) invalid('timeoutMs', timeoutMs, '> 0');
  if (deadlineMs !== undefined && !(deadlineMs > 0)) invalid('deadlineMs', deadlineMs, '> 0');
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    invalid('maxRetries', maxRetries, 'an integer ≥ 0');
  }
}

function invalid(name: string, value: number, expected: string): never {
  throw new InvalidArgumentError(`${name} must be ${expected} (got ${value})`);
}
