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

/**
 * What `toJSON()` gives for every error of this package (so `JSON.stringify(error)` too): a
 * small, stable object, with no headers, body or other internals. Absent values are left out.
 */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  /** The HTTP status, or for CFGPU's `success: false` answers its HTTP equivalent. */
  readonly status?: number;
  /** The HTTP status the answer really came with, where it differs from `status`. */
  readonly httpStatus?: number;
  /** The service's own error code. */
  readonly code?: string | number;
  /** The service's own text, credentials masked. */
  readonly serviceMessage?: string;
  /** `METHOD path`, e.g. `GET /api/v1/models/{namespace}/{name}`. */
  readonly operation?: string;
  /** The operation's id, e.g. `getModel`. */
  readonly operationId?: string;
  readonly requestId?: string;
  /** A waiter's last or failing state. */
  readonly state?: string;
  /** The cause, when it is an error of this package, serialised the same way. */
  readonly cause?: SerializedError;
}

/** The fields `toJSON()` reads, whichever subclass has them. */
type Fields = Partial<Omit<SerializedError, 'operation' | 'cause'>> & {
  operation?: OperationRef | undefined;
  lastState?: string | undefined;
  cause?: unknown;
};

/**
 * `toJSON()` of every error here. A cause that is an error of this package is followed (its text
 * is already masked), at most 4 deep; any other, such as a caller's abort reason, is left out:
 * its text is not this package's to show.
 */
function serialize(error: CsgkitError & Fields, depth: number): SerializedError {
  const op = error.operation;
  const cause = error.cause;
  const json: Record<string, unknown> = {
    name: error.name,
    message: error.message,
    status: error.status,
    httpStatus: error.httpStatus,
    code: error.code,
    serviceMessage: error.serviceMessage,
    operation: op && `${op.method} ${op.path}`,
    operationId: op?.id,
    requestId: error.requestId,
    state: error.state ?? error.lastState,
    cause: cause instanceof CsgkitError && depth < 4 ? serialize(cause, depth + 1) : undefined,
  };
  // Absent values are left out rather than written as `undefined`.
  return Object.fromEntries(
    Object.entries(json).filter(([, value]) => value !== undefined),
  ) as unknown as SerializedError;
}

/** Base class of every error thrown by this package. */
export class CsgkitError extends Error {
  /** A serialisable view, also what `JSON.stringify` writes: see {@link SerializedError}. */
  toJSON(): SerializedError {
    return serialize(this, 0);
  }
}

/** A call was made with arguments the service would refuse; nothing was sent. */
export class InvalidArgumentError extends CsgkitError {
  readonly operation: OperationRef | undefined;

  constructor(message: string, operation?: OperationRef) {
    super(operation ? `${message} (${describe(operation)})` : message);
    this.operation = operation && refOf(operation);
  }
}

/** Only the three public fields, whatever else the object passed in carries (such as regexes). */
const refOf = (op: OperationRef): OperationRef => ({ id: op.id, method: op.method, path: op.path });

export interface APIErrorInit {
  operation: OperationRef;
  status?: number | undefined;
  headers?: Headers | undefined;
  body?: unknown;
  /** The service's own error code, such as CSGHub's `AUTH-ERR-0` or CFGPU's `10001`. */
  code?: string | number | undefined;
  /** The service's own explanation, when it gave one (credentials already masked). */
  serviceMessage?: string | undefined;
  /** Said in the message when the service gave no text of its own, e.g. the HTTP status text. */
  fallbackText?: string | undefined;
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
 * The standard message: the status, the service's code (unless it is the status or the text
 * already says it), the service's text (else the fallback), each once.
 */
const nonBlank = (text: string | undefined): string | undefined =>
  text === undefined || text.trim() === '' ? undefined : text.trim();

function standardMessage(init: APIErrorInit): string {
  const text = nonBlank(init.serviceMessage) ?? nonBlank(init.fallbackText);
  const code =
    init.code === undefined ||
    init.code === '' ||
    init.code === init.status ||
    text?.includes(String(init.code))
      ? undefined
      : String(init.code);
  const head = [init.status, code].filter((part) => part !== undefined).join(' ');
  if (text === undefined) return head;
  if (head === '') return text;
  return code === undefined ? `${head} ${text}` : `${head}: ${text}`;
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
  /** The service's own error code, when it sent one (CSGHub `AUTH-ERR-0`, CFGPU `10001`). */
  readonly code: string | number | undefined;
  /** The service's own text, credentials masked, when it sent one; `body` keeps the rest. */
  readonly serviceMessage: string | undefined;
  readonly requestId: string | undefined;

  constructor(init: APIErrorInit) {
    const lead = init.message ?? standardMessage(init);
    super(`${clip(lead.trim() || 'request failed')} (${describe(init.operation)})`, {
      cause: init.cause,
    });
    this.operation = refOf(init.operation);
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.code = init.code === '' ? undefined : init.code;
    this.serviceMessage = init.serviceMessage === '' ? undefined : init.serviceMessage;
    this.requestId = init.requestId;
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
