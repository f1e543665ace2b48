import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** The server-sent events of a byte stream, in order; ends when the stream does. */
export async function* serverSentEvents(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<EventSourceMessage> {
  const queue: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => queue.push(event) });
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      yield* queue.splice(0);
    }
    // An event not ended by a blank line is dropped, as EventSource does.
    parser.feed(decoder.decode());
    yield* queue.splice(0);
  } finally {
    // Leaving the loop early (break, throw) cancels the request.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
