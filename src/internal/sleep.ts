/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The longest delay a timer can hold; a longer one (`Infinity` included) means no deadline. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Aborts `controller` after `ms`, or never when `ms` is beyond what a timer can hold. */
export function abortAfter(
  ms: number,
  controller: AbortController,
): ReturnType<typeof setTimeout> | undefined {
  return ms <= MAX_TIMER_MS ? setTimeout(abortController, ms, controller) : undefined;
}

function abortController(controller: AbortController): void {
  controller.abort();
}
