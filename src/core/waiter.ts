import { APIUserAbortError, WaitFailedError, WaitTimeoutError } from './errors.js';
import type { OperationRef } from './errors.js';
import { abortAfter, sleep } from '../internal/sleep.js';

/** How long and how often a waiter polls. */
export interface WaitOptions {
  /** Give up after this long; `Infinity` waits for ever. @default 600000 (10 minutes) */
  timeoutMs?: number;
  /** Pause between polls. @default 5000 */
  intervalMs?: number;
  /** Stops waiting, and any poll in flight, when aborted. */
  signal?: AbortSignal;
  /**
   * Called with the state each time a reading shows a different one (the first reading
   * included), for progress in a UI. An exception it throws ends the wait with that exception.
   */
  onStatus?: (state: string) => void;
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

/**
 * Runs one wait: `body` gets a signal that fires at the deadline or when the caller aborts,
 * and reports each state it sees. A fired signal ends the wait with `WaitTimeoutError`
 * (naming the last state seen) or `APIUserAbortError`; a failure state's
 * `WaitFailedError` passes through.
 */
export async function waitWithin<T>(
  what: string,
  operation: OperationRef,
  options: WaitOptions,
  body: (signal: AbortSignal, seen: (state: string) => void) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onAbort = () => {
    controller.abort(options.signal?.reason);
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  const timer = abortAfter(options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS, controller);
  let last: string | undefined;
  try {
    return await body(controller.signal, (state) => {
      if (state !== last) options.onStatus?.(state);
      last = state;
    });
  } catch (error) {
    if (options.signal?.aborted) {
      throw new APIUserAbortError({
        operation,
        message: `stopped waiting for ${what}: aborted`,
        cause: error,
      });
    }
    if (controller.signal.aborted && !(error instanceof WaitFailedError)) {
      const seen = last === undefined ? '' : `; last state ${last}`;
      throw new WaitTimeoutError(`timed out waiting for ${what}${seen}`, last);
    }
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    // Ends whatever the body left open (a poll in flight, a stream).
    controller.abort();
  }
}

/** Polls until `done`, failing fast on `failed`, on timeout and on abort. */
export function poll<T>(spec: PollSpec<T>, options: WaitOptions = {}): Promise<T> {
  const intervalMs = options.intervalMs ?? DEFAULT_WAIT_INTERVAL_MS;
  return waitWithin(spec.what, spec.operation, options, async (signal, seen) => {
    for (;;) {
      signal.throwIfAborted();
      const value = await spec.read(signal);
      const state = spec.state(value);
      seen(state);
      if (spec.done(value)) return value;
      if (spec.failed(value)) {
        throw new WaitFailedError(`${spec.what} failed: it is ${state}`, state);
      }
      await sleep(intervalMs, signal);
    }
  });
}
