import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
} from '../core/errors.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readText } from './read-text.js';
import { tooLargeError } from './response-errors.js';
import { MAX_TIMER_MS } from './sleep.js';
import type { BodyHandoff } from './transport.js';

/** A 2xx body read whole as text (under the idle timeout), within `maxResponseBytes`. */
export async function readWhole(response: Response, handoff: BodyHandoff): Promise<string> {
  const maxBytes = handoff.limits.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const text = await readText(guardBody(response, handoff), maxBytes);
  if (text === undefined) throw tooLargeError(handoff.operation, response, maxBytes, handoff.scrub);
  return text;
}

/**
 * The body of a streamed response, read by the caller at its own pace: it errors with
 * `APIConnectionTimeoutError` when no data arrives for `timeoutMs` (an idle timeout, so long
 * streams are fine), with `APIUserAbortError` when the caller's signal fires, and with
 * `APIConnectionError` when the connection breaks. Cancelling it releases the connection.
 */
export function guardBody(response: Response, handoff: BodyHandoff): ReadableStream<Uint8Array> {
  const { operation, controller, timeoutMs, signal } = handoff;
  const body = response.body;
  if (!body) {
    return new ReadableStream({
      start(stream) {
        stream.close();
      },
    });
  }
  const reader = body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onAbort = () => {
    controller.abort(signal?.reason);
  };
  // One timer for the whole body: each chunk only notes the time, and the timer, when it fires,
  // waits again for what is left of the idle time since the last chunk.
  let last = Date.now();
  const check = () => {
    const left = timeoutMs - (Date.now() - last);
    if (left > 0) timer = setTimeout(check, left);
    else controller.abort();
  };
  const arm = () => {
    last = Date.now();
    if (timer === undefined && timeoutMs <= MAX_TIMER_MS) timer = setTimeout(check, timeoutMs);
  };
  const finish = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  arm();
  return new ReadableStream<Uint8Array>({
    async pull(stream) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          finish();
          stream.close();
        } else {
          arm();
          stream.enqueue(value);
        }
      } catch (cause) {
        finish();
        stream.error(
          signal?.aborted
            ? new APIUserAbortError({ operation, cause })
            : // Not the caller's signal, so the idle timer fired.
              controller.signal.aborted
              ? new APIConnectionTimeoutError({
                  operation,
                  message: `no data for ${timeoutMs} ms`,
                  cause,
                })
              : new APIConnectionError({
                  operation,
                  message: 'connection lost while reading',
                  cause,
                }),
        );
      }
    },
    cancel(reason) {
      finish();
      return reader.cancel(reason);
    },
  });
}

/** Counts bytes as they pass, for progress reports. */
export function countBytes(
  stream: ReadableStream<Uint8Array>,
  onProgress: (loaded: number) => void,
): ReadableStream<Uint8Array> {
  // Pulled through rather than piped through a transform, which costs several times more per
  // chunk.
  const reader = stream.getReader();
  let loaded = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(out) {
        const next = await reader.read();
        if (next.done) {
          out.close();
          return;
        }
        loaded += next.value.byteLength;
        try {
          onProgress(loaded);
        } catch (error) {
          // The callback's failure ends the body: the connection is let go, not left open.
          await reader.cancel(error);
          throw error;
        }
        out.enqueue(next.value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}
