/** One server-sent event. */
export interface ServerSentEvent {
  /** The `event:` field; absent for plain messages. */
  event?: string | undefined;
  /** The `data:` lines, joined with `\n`. */
  data: string;
  id?: string | undefined;
}

/**
 * The server-sent events of a byte stream, in order, parsed as EventSource does: fields end at
 * `\n`, `\r\n` or `\r`; one space after the colon is dropped; a blank line ends an event;
 * comment lines (`:`) are skipped; an event the stream never ends is dropped.
 */
export async function* serverSentEvents(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<ServerSentEvent> {
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  let buffer = '';
  let data: string[] = [];
  let event: string | undefined;
  let id: string | undefined;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A trailing `\r` may be the first half of `\r\n`: keep it until more arrives.
      const lines = buffer.split(/\r\n|\r(?!$)|\n/);
      buffer = done ? '' : (lines.pop() ?? '');
      for (const line of lines) {
        if (line === '') {
          // Unlike EventSource, an event with an empty `data:` line is kept: CSGHub's status
          // streams send the empty state (not deployed yet) that way.
          if (data.length > 0) yield { event, data: data.join('\n'), id };
          data = [];
          event = undefined;
          continue;
        }
        const colon = line.indexOf(':');
        if (colon === 0) continue;
        const field = colon < 0 ? line : line.slice(0, colon);
        const raw = colon < 0 ? '' : line.slice(colon + 1);
        const text = raw.startsWith(' ') ? raw.slice(1) : raw;
        if (field === 'data') data.push(text);
        else if (field === 'event') event = text;
        else if (field === 'id') id = text;
      }
      if (done) return;
    }
  } finally {
    // Leaving early (break, throw) cancels the request.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
