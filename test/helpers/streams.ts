/** An event-stream answer that ends after `text`. */
export const sse = (text: string) =>
  new Response(text, { headers: { 'content-type': 'text/event-stream' } });

/**
 * An event-stream answer that sends `events` and then stays open, as the service's status and
 * log streams do, until the request is aborted or the body cancelled.
 */
export function endless(request: Request, events: string, onCancel?: () => void): Response {
  return new Response(
    new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(new TextEncoder().encode(events));
        request.signal.addEventListener('abort', () => {
          stream.error(request.signal.reason);
        });
      },
      cancel() {
        onCancel?.();
      },
    }),
    { headers: { 'content-type': 'text/event-stream' } },
  );
}
