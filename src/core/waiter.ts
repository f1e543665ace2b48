import { APIUserAbortError, WaitFailedError, WaitTimeoutError } from './errors.js';
import type { OperationRef } from './errors.js';
import { sleep } from '../internal/sleep.js';

/** How long and how often a waiter polls. */
export interface WaitOptions {
  /** Give up after this long; `Infinity` waits for ever. @default 600000 (10 minutes) */
  timeoutMs?: number;
  /** Pause between polls. @default 5000 */
  intervalMs?: number;
  /** Stops waiting, and any poll in flight, when aborted. */
  signal?: AbortSignal;
}

export interface PollSpec<T> {
  /** Fetches the current value; receives a signal that fires on timeout or abort. */
  read(signal: AbortSignal): Promise<T>;
  /** The state a value is in, as shown in errors. */
  state(value: T): string;
  /** Whether the wanted state is reached. */
  done(value: T): boolean;
  /** Whether the value is a state the wanted one can no longer be reached from. */
  failed(value: T): boolean;
  /** What is awaited, e.g. `instance i-1 to reach RUNNING`. */
  what: string;
  operation: OperationRef;
}

export const DEFAULT_WAIT_TIMEOUT_MS = 600_000;
export const DEFAULT_WAIT_INTERVAL_MS = 5_000;

/** Polls until `done`, failing fast on `failed`, on timeout and on abort. */
export async function poll<T>(spec: PollSpec<T>, options: WaitOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const intervalMs = options.intervalMs ?? DEFAULT_WAIT_INTERVAL_MS;
  const controller = new AbortController();
  const onAbort = () => {
    controller.abort(options.signal?.reason);
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  // Infinity (or anything a timer cannot hold) waits without a deadline.
  const timer =
    timeoutMs < 2 ** 31
      ? setTimeout(() => {
          controller.abort();
        }, timeoutMs)
      : undefined;
  let last: T | undefined;
  try {
    for (;;) {
      if (options.signal?.aborted) throw abortError(spec);
      last = await spec.read(controller.signal);
      const state = spec.state(last);
      if (spec.done(last)) return last;
      if (spec.failed(last)) {
        throw new WaitFailedError(`${spec.what} failed: it is ${state}`, state);
      }
      await sleep(intervalMs, controller.signal);
    }
  } catch (error) {
    if (options.signal?.aborted) throw abortError(spec, error);
    if (controller.signal.aborted && !(error instanceof WaitFailedError)) {
      throw timeoutError(spec, last);
    }
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function timeoutError<T>(spec: PollSpec<T>, last: T | undefined): WaitTimeoutError {
  const state = last === undefined ? undefined : spec.state(last);
  const seen = state === undefined ? '' : `; last state ${state}`;
  return new WaitTimeoutError(`timed out waiting for ${spec.what}${seen}`, state);
}

function abortError<T>(spec: PollSpec<T>, cause?: unknown): APIUserAbortError {
  return new APIUserAbortError({
    operation: spec.operation,
    message: `stopped waiting for ${spec.what}: aborted`,
    cause,
  });
}
