import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../../../src/core/errors.js';
import { serverSentEvents, type ServerSentEvent } from '../../../src/internal/sse.js';
import type { Operation } from '../../../src/internal/transport.js';

const op: Operation = {
  id: 'streamThingStatus',
  method: 'GET',
  path: '/api/v1/things/{id}/status',
  idempotent: true,
};
const MiB = 1024 * 1024;

const streamOf = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(stream) {
      for (const chunk of chunks) stream.enqueue(new TextEncoder().encode(chunk));
      stream.close();
    },
  });

describe('serverSentEvents', () => {
  it('parses events split anywhere across chunks, with or without a space after the colon', async () => {
    const events = [];
    for await (const event of serverSentEvents(
      streamOf([
        'event:sta',
        'tus\ndata:{"status":"Deploying"}\n',
        '\nevent: status\ndata: {"st',
        'atus":"Running"}\n\n',
        'data: [DONE]\n\n',
      ]),
      op,
    )) {
      events.push(event);
    }
    expect(events.map(({ event, data }) => ({ event, data }))).toEqual([
      { event: 'status', data: '{"status":"Deploying"}' },
      { event: 'status', data: '{"status":"Running"}' },
      { event: undefined, data: '[DONE]' },
    ]);
  });

  it('joins multi-line data and, as EventSource does, drops an event the stream never ended', async () => {
    const events = [];
    for await (const event of serverSentEvents(
      streamOf(['data: a\ndata: b\n\n', 'data: tail']),
      op,
    ))
      events.push(event.data);
    expect(events).toEqual(['a\nb']);
  });

  it('handles \\r\\n and \\r line ends, comments, ids and an empty data line', async () => {
    const events = [];
    for await (const event of serverSentEvents(
      streamOf([': hello\r\nid: 7\r\nevent: status\r', '\ndata:\r\r', 'data: x\n\n']),
      op,
    )) {
      events.push(event);
    }
    expect(events).toEqual([
      { event: 'status', data: '', id: '7' },
      { event: undefined, data: 'x', id: '7' },
    ]);
  });

  it('cancels the stream when the reader stops early', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('data: x\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of serverSentEvents(stream, op)) {
      expect(event.data).toBe('x');
      break;
    }
    expect(cancelled).toBe(true);
  });

  it('refuses a 16 MB line arriving in 64 KB chunks after reading about the limit', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
    let pulled = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('event: status\ndata: '));
      },
      pull(controller) {
        if (pulled >= 16 * MiB) {
          controller.close();
          return;
        }
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const error = await read(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toContain(
      'event stream line or event is larger than maxEventBytes (1048576 bytes) (streamThingStatus: GET /api/v1/things/{id}/status)',
    );
    expect(cancelled).toBe(true);
    // Bounded memory: it stopped at the limit instead of taking in all 16 MB.
    expect(pulled).toBeLessThanOrEqual(MiB + 2 * chunk.byteLength);
  });

  it('refuses an event whose data lines together pass the limit', async () => {
    const lines = 'data: 0123456789abcdef\n'.repeat(200);
    await expect(read(streamOf([lines]), 4096)).rejects.toThrow(
      'larger than maxEventBytes (4096 bytes)',
    );
    // Within the limit, the same kind of event comes through.
    await expect(
      read(streamOf(['data: 0123456789abcdef\n'.repeat(100), '\n']), 4096),
    ).resolves.toHaveLength(1);
  });

  it('gives the same events whether the bytes come one at a time or all at once', async () => {
    const text =
      ': comment\r\nevent: status\rdata: 中文 🚀 é\r\n\r\nid: 9\ndata: a\ndata:\n\n' +
      'event: log\r\ndata:  two spaces\r\r';
    const bytes = new TextEncoder().encode(text);
    const whole = await read(bytesOf([bytes]));
    const single = await read(bytesOf([...bytes].map((byte) => new Uint8Array([byte]))));
    expect(whole).toEqual([
      { event: 'status', data: '中文 🚀 é', id: undefined },
      { event: undefined, data: 'a\n', id: '9' },
      { event: 'log', data: ' two spaces', id: '9' },
    ]);
    expect(single).toEqual(whole);
  });

  it('gives the events that were sent, however the bytes are split (property)', async () => {
    const value = fc.string({ unit: fc.constantFrom('a', ' ', ':', 'é', '中', '🚀', '\t') });
    const event = fc.record({
      event: fc.option(fc.constantFrom('status', 'log', 'error'), { nil: undefined }),
      id: fc.option(fc.constantFrom('1', '42', 'x:y'), { nil: undefined }),
      data: fc.array(value, { minLength: 1, maxLength: 4 }),
    });
    const eol = fc.constantFrom('\n', '\r', '\r\n');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(event, fc.array(eol, { minLength: 6, maxLength: 6 })), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        async (events, cuts) => {
          let text = '';
          const expected: ServerSentEvent[] = [];
          let id: string | undefined;
          for (const [sent, ends] of events) {
            const end = (i: number) => ends[i] ?? '\n';
            if (sent.event !== undefined) text += `event: ${sent.event}${end(0)}`;
            if (sent.id !== undefined) text += `id: ${sent.id}${end(1)}`;
            text += `: note${end(2)}`;
            for (const line of sent.data) text += `data: ${line}${end(3)}`;
            // A blank line: `\n` right after `\r` would only complete the line end before it.
            text += end(3) === '\r' && end(4) === '\n' ? '\r\n' : end(4);
            id = sent.id ?? id;
            expected.push({ event: sent.event, data: sent.data.join('\n'), id });
          }
          const bytes = new TextEncoder().encode(text);
          const points = [...new Set(cuts.map((cut) => cut % (bytes.byteLength + 1)))].sort(
            (a, b) => a - b,
          );
          const chunks = [0, ...points].map((from, i) => bytes.subarray(from, points[i]));
          expect(await read(bytesOf(chunks))).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

function bytesOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(stream) {
      for (const chunk of chunks) stream.enqueue(chunk);
      stream.close();
    },
  });
}

async function read(stream: ReadableStream<Uint8Array>, maxEventBytes?: number) {
  const events: ServerSentEvent[] = [];
  for await (const event of serverSentEvents(stream, op, maxEventBytes)) events.push(event);
  return events;
}
