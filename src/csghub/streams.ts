import { APIError, WaitFailedError, nameErrorClasses } from '../core/errors.js';
import type { RequestOptions } from '../core/options.js';
import { DEFAULT_WAIT_INTERVAL_MS, waitWithin, type WaitOptions } from '../core/waiter.js';
import { guardBody } from '../internal/body.js';
import { serverSentEvents, type ServerSentEvent } from '../internal/sse.js';
import { sleep } from '../internal/sleep.js';
import type { CallInit, Operation, Transport } from '../internal/transport.js';

/** One reading of a deploy's state, as a status stream sends it. */
export interface StatusEvent<Status extends string = string> {
  status: Status;
  /** The deploy's instances and their states, when the service says. */
  details?: { name: string; status: string }[] | null;
  message?: string;
  reason?: string;
}

/**
 * A status reading the service could not take (an `error` event). The service goes on
 * streaming after one; `waitForStatus` opens a new stream instead of failing.
 */
export class StatusReadingError extends APIError {}
nameErrorClasses({ StatusReadingError });

/** One line of a log stream. */
export interface LogLine {
  /** Where the line comes from, e.g. `Build` or `Container`. */
  source: string;
  line: string;
}

/** Asks for an event stream; errors before the stream starts still come as JSON. */
export const acceptingEvents = (options: RequestOptions | undefined): RequestOptions => ({
  ...options,
  headers: { accept: 'text/event-stream, application/json;q=0.9', ...options?.headers },
});

/**
 * Opens an event stream: the body of a 2xx answer, guarded by an idle timeout. The token is
 * masked in every event's data, as a service may echo it there too.
 */
function openEvents(
  transport: Transport,
  op: Operation,
  init: CallInit,
  options: RequestOptions | undefined,
) {
  return transport.request<AsyncGenerator<ServerSentEvent>>(
    op,
    {
      ...init,
      read: async function* (response, handoff) {
        const { operation, limits } = handoff;
        const body = guardBody(response, handoff);
        for await (const event of serverSentEvents(body, operation, limits.maxEventBytes)) {
          yield { ...event, data: handoff.scrub(event.data) };
        }
      },
    },
    acceptingEvents(options),
  );
}

/**
 * The `status` events of a status stream, parsed; `error` events end it with an `APIError`.
 * The service never ends these streams: stop iterating (or abort) when you have what you need.
 */
export async function* statusEvents<Status extends string>(
  transport: Transport,
  op: Operation,
  init: CallInit,
  options?: RequestOptions,
): AsyncGenerator<StatusEvent<Status>> {
  for await (const event of await openEvents(transport, op, init, options)) {
    if (event.event === 'error') {
      throw new StatusReadingError({
        operation: op,
        message: `status stream error: ${event.data}`,
      });
    }
    if (event.event !== 'status' && event.event !== undefined) continue;
    yield parseStatus<Status>(event.data);
  }
}

function parseStatus<Status extends string>(data: string): StatusEvent<Status> {
  try {
    const parsed = JSON.parse(data) as unknown;
    if (typeof parsed === 'object' && parsed !== null && 'status' in parsed) {
      return parsed as StatusEvent<Status>;
    }
    if (typeof parsed === 'string') return { status: parsed as Status };
  } catch {
    // Plain text: the state itself.
  }
  return { status: data.trim() as Status };
}

/**
 * The events of a stream whose `data` is JSON (the agent status streams), parsed; events
 * whose data is not JSON (heartbeats, comments) are skipped. Endless: stop iterating or abort.
 */
export async function* jsonEvents<T>(
  transport: Transport,
  op: Operation,
  init: CallInit,
  options?: RequestOptions,
): AsyncGenerator<T> {
  for await (const event of await openEvents(transport, op, init, options)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(event.data);
    } catch {
      continue;
    }
    if (typeof parsed === 'object' && parsed !== null) yield parsed as T;
  }
}

/**
 * The agent status streams: registers a fresh monitor id (`crypto.randomUUID()`) with what to
 * watch, then streams that monitor's JSON events. Endless: stop iterating or abort.
 */
export async function* monitorEvents<T>(
  transport: Transport,
  register: Operation,
  stream: Operation,
  body: (monitorId: string) => object,
  options?: RequestOptions,
): AsyncGenerator<T> {
  const monitorId = crypto.randomUUID();
  await transport.send(register, { body: body(monitorId) }, options);
  yield* jsonEvents<T>(
    transport,
    stream,
    { params: { query: { monitor_id: monitorId } } },
    options,
  );
}

/** The lines of a log stream; heartbeats are skipped. */
export async function* logLines(
  transport: Transport,
  op: Operation,
  init: CallInit,
  options?: RequestOptions,
): AsyncGenerator<LogLine> {
  for await (const event of await openEvents(transport, op, init, options)) {
    const source = event.event ?? 'message';
    if (source === 'Heartbeat') continue;
    yield { source, line: event.data };
  }
}

export interface StatusWait<Status extends string> {
  /** Opens the status stream; aborted when the wait ends. */
  open(signal: AbortSignal): AsyncIterable<StatusEvent<Status>>;
  target: Status;
  /** States the target can no longer be reached from. */
  failures: ReadonlySet<string>;
  /** What is awaited, e.g. `space OpenCSG/chat to be Running`. */
  what: string;
  operation: Operation;
}

/**
 * Follows a status stream until `target`, failing fast on a failure state, on timeout and
 * on abort. A stream that ends early is opened again after `intervalMs`.
 */
export function waitForStatus<Status extends string>(
  wait: StatusWait<Status>,
  options: WaitOptions = {},
): Promise<StatusEvent<Status>> {
  return waitWithin(wait.what, wait.operation, options, async (signal, seen) => {
    for (;;) {
      try {
        for await (const event of wait.open(signal)) {
          seen(event.status);
          if (event.status === wait.target) return event;
          if (wait.failures.has(event.status)) {
            const why = [event.message, event.reason].find((text) => text);
            throw new WaitFailedError(
              `${wait.what} failed: it is ${event.status}${why ? ` (${why})` : ''}`,
              event.status,
            );
          }
        }
      } catch (error) {
        // One failed reading is not a failed deploy: read again after the interval.
        if (!(error instanceof StatusReadingError)) throw error;
      }
      await sleep(options.intervalMs ?? DEFAULT_WAIT_INTERVAL_MS, signal);
    }
  });
}
