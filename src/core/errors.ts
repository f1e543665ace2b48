/** The operation a request was made for; every request error names it. */
export interface OperationRef {
  readonly id: string;
  readonly method: string;
  readonly path: string;
}

const describe = (op: OperationRef): string => `${op.id}: ${op.method} ${op.path}`;

/**
 * Service text put in a message is cut to 1,000 characters, the last an ellipsis: a server can
 * send megabytes, and messages end up in logs and terminals. Bodies keep the whole text.
 */
const clip = (text: string): string => (text.length > 1000 ? `${text.slice(0, 999)}…` : text);

/** Base class of every error thrown by this package. */
export class CsgkitError extends Error {}

/** A call was made with arguments the service would refuse; nothing was sent. */
export class InvalidArgumentError extends CsgkitError {
  constructor(
    message: string,
    readonly operation?: OperationRef,
  ) {
    super(operation ? `${message} (${describe(operation)})` : message);
  }
}

export interface APIErrorInit {
  operation: OperationRef;
  status?: number | undefined;
  headers?: Headers | undefined;
  body?: unknown;
  code?: string | number | undefined;
  /** The service's own explanation, when it gave one. */
  serviceMessage?: string | undefined;
  requestId?: string | undefined;
  cause?: unknown;
  /** Overrides the standard message. */
  message?: string | undefined;
}

const SENSITIVE_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

/** Headers as a plain object with credentials masked, for logs and serialised errors. */
export function redactHeaders(headers: Headers | Record<string, string> | undefined) {
  const out: Record<string, string> = {};
  // A `Headers` copy iterates either kind with lower-cased names.
  for (const [name, value] of new Headers(headers)) {
    out[name] = SENSITIVE_HEADERS.has(name) ? '[REDACTED]' : value;
  }
  return out;
}

/**
 * A request failed: the service answered an error, or no usable answer came back. `status` is
 * the HTTP status when there was a response.
 */
export class APIError extends CsgkitError {
  readonly operation: OperationRef;
  readonly status: number | undefined;
  readonly headers: Headers | undefined;
  readonly body: unknown;
  /** The service's own error code, when it sent one. */
  readonly code: string | number | undefined;
  readonly requestId: string | undefined;

  constructor(init: APIErrorInit) {
    const lead =
      init.message ??
      [init.status, init.code !== undefined && init.code !== init.status ? init.code : undefined]
        .filter((part) => part !== undefined)
        .join(' ') + (init.serviceMessage ? ` ${init.serviceMessage}` : '');
    super(`${clip(lead.trim() || 'request failed')} (${describe(init.operation)})`, {
      cause: init.cause,
    });
    this.operation = init.operation;
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.code = init.code;
    this.requestId = init.requestId;
  }

  /** A serialisable view with credentials masked. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      operation: this.operation,
      headers: redactHeaders(this.headers),
      body: this.body,
    };
  }
}

export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}
/**
 * An answer that could not be read as the service's: a 2xx body that is not its JSON, a body
 * (of any status) larger than `maxResponseBytes` or nested too deeply to read, an event-stream
 * line or event larger than `maxEventBytes`, or a redirect that cannot be followed (a loop, or
 * to a scheme other than http(s)). Not retried: asking again gets the same answer.
 */
export class InvalidResponseError extends APIError {}

/** No answer: DNS, connection refused or reset, TLS, or the body was cut off. */
export class APIConnectionError extends APIError {
  constructor(init: Omit<APIErrorInit, 'status' | 'body' | 'headers'>) {
    super({ ...init, message: init.message ?? 'connection error' });
  }
}

/** No answer within the timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {}

/** The caller's `AbortSignal` fired. */
export class APIUserAbortError extends APIError {
  constructor(init: Omit<APIErrorInit, 'status' | 'body' | 'headers'>) {
    super({ ...init, message: init.message ?? 'request aborted' });
  }
}

/** The error class for an HTTP status; the one place statuses map to classes. */
export function errorClassForStatus(status: number): typeof APIError {
  const byStatus: Partial<Record<number, typeof APIError>> = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
  };
  return byStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
}

/** A waiter gave up before the resource reached the wanted state. */
export class WaitTimeoutError extends CsgkitError {
  constructor(
    message: string,
    /** The last state seen, if any. */
    readonly lastState: string | undefined,
  ) {
    super(clip(message));
  }
}

/** A waiter saw a state from which the wanted state cannot be reached (such as `ERROR`). */
export class WaitFailedError extends CsgkitError {
  constructor(
    message: string,
    readonly state: string,
  ) {
    super(clip(message));
  }
}

/** Names each class explicitly, so `error.name` survives minification. */
export function nameErrorClasses(
  classes: Record<string, abstract new (...args: never[]) => Error>,
): void {
  for (const [name, cls] of Object.entries(classes)) {
    Object.defineProperty(cls.prototype, 'name', {
      value: name,
      writable: true,
      configurable: true,
    });
  }
}

nameErrorClasses({
  CsgkitError,
  InvalidArgumentError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  InvalidResponseError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  WaitTimeoutError,
  WaitFailedError,
});
