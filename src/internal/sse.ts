import { InvalidResponseError } from '../core/errors.js';
import type { Operation } from './operation.js';

/** One server-sent event. */
export interface ServerSentEvent {
  /** The `event:` field; absent for plain messages. */
  event?: string | undefined;
  /** The `data:` lines, joined with `\n`. */
  data: string;
  id?: string | undefined;
}

/** Longest event-stream line, and most data one event may gather, unless the client says. */
export const DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/**
 * The server-sent events of a byte stream, in order, parsed as EventSource does: fields end at
 * `\n`, `\r\n` or `\r`; one space after the colon is dropped; a blank line ends an event;
 * comment lines (`:`) are skipped; an event the stream never ends is dropped. A line, or an
 * event's data lines together, longer than `maxEventBytes` ends the stream with
 * `InvalidResponseError`.
 *
 * Time is linear in the input: line ends are searched for in the bytes just read, each byte
 * once (UTF-8 never uses `\r` or `\n` inside a character), and a line's pieces are joined and
 * decoded once it ends, so characters split across reads come out whole.
 */
export async function* serverSentEvents(
  stream: ReadableStream<Uint8Array>,
  /** Named by the error a line or an event over the limit ends the stream with. */
  operation: Operation,
  maxEventBytes = DEFAULT_MAX_EVENT_BYTES,
): AsyncGenerator<ServerSentEvent> {
  // Lines are decoded one by one: only the stream's first may start with a byte order mark.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let first = true;
  const reader = stream.getReader();
  /** The start of a line whose end has not arrived yet. */
  let pieces: Uint8Array[] = [];
  let pending = 0;
  /** The last read ended with `\r`: a `\n` opening the next is the same line end. */
  let afterCR = false;
  let data: string[] = [];
  let dataBytes = 0;
  let event: string | undefined;
  let id: string | undefined;
  const tooLarge = () =>
    new InvalidResponseError({
      operation,
      message: `event stream line or event is larger than maxEventBytes (${maxEventBytes} bytes)`,
    });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value.byteLength === 0) continue;
      let start = afterCR && value[0] === LF ? 1 : 0;
      afterCR = false;
      let lf = value.indexOf(LF, start);
      let cr = value.indexOf(CR, start);
      for (;;) {
        // A search is repeated only once the line end it found is passed, from there on.
        if (lf !== -1 && lf < start) lf = value.indexOf(LF, start);
        if (cr !== -1 && cr < start) cr = value.indexOf(CR, start);
        const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
        if (end === -1) break;
        const size = pending + end - start;
        if (size > maxEventBytes) throw tooLarge();
        let bytes = value.subarray(start, end);
        if (pending > 0) {
          bytes = concat([...pieces, bytes], size);
          pieces = [];
          pending = 0;
        }
        start = end + 1;
        if (end === cr) {
          if (start === value.byteLength) afterCR = true;
          else if (value[start] === LF) start++;
        }
        let line = decoder.decode(bytes);
        if (first) {
          first = false;
          if (line.startsWith('\ufeff')) line = line.slice(1);
        }
        if (line === '') {
          // Unlike EventSource, an event with an empty `data:` line is kept: CSGHub's status
          // streams send the empty state (not deployed yet) that way.
          if (data.length > 0) yield { event, data: data.join('\n'), id };
          data = [];
          dataBytes = 0;
          event = undefined;
          continue;
        }
        const colon = line.indexOf(':');
        if (colon === 0) continue;
        const field = colon < 0 ? line : line.slice(0, colon);
        const raw = colon < 0 ? '' : line.slice(colon + 1);
        const text = raw.startsWith(' ') ? raw.slice(1) : raw;
        if (field === 'data') {
          dataBytes += size + 1;
          if (dataBytes > maxEventBytes) throw tooLarge();
          data.push(text);
        } else if (field === 'event') event = text;
        else if (field === 'id') id = text;
      }
      if (start < value.byteLength) {
        pending += value.byteLength - start;
        if (pending > maxEventBytes) throw tooLarge();
        pieces.push(value.subarray(start));
      }
    }
  } finally {
    // Leaving early (break, throw) cancels the request.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
