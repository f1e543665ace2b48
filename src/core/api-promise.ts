/** A payload together with the raw `Response` it came from. */
export interface WithResponse<T> {
  data: T;
  response: Response;
}

/**
 * The promise every client method returns: await it for the payload, or call
 * `withResponse()` for the payload and the raw `Response` (headers, status).
 */
export interface APIPromise<T> extends Promise<T> {
  withResponse(): Promise<WithResponse<T>>;
}

/** Where the transport leaves the `Response` of the attempt that succeeded. */
export interface ResponseSink {
  response?: Response;
}

/**
 * Turns a payload promise into an {@link APIPromise}. A native promise with one method added,
 * rather than a `Promise` subclass: awaiting it costs nothing extra on the hot path.
 */
export function apiPromise<T>(data: Promise<T>, sink: ResponseSink): APIPromise<T> {
  const promise = data as APIPromise<T>;
  promise.withResponse = () =>
    data.then((value) => ({ data: value, response: sink.response as Response }));
  return promise;
}
