import { describe, expect, it } from 'vitest';
import { serverSentEvents } from '../../../src/internal/sse.js';

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
    for await (const event of serverSentEvents(streamOf(['data: a\ndata: b\n\n', 'data: tail'])))
      events.push(event.data);
    expect(events).toEqual(['a\nb']);
  });

  it('handles \\r\\n and \\r line ends, comments, ids and an empty data line', async () => {
    const events = [];
    for await (const event of serverSentEvents(
      streamOf([': hello\r\nid: 7\r\nevent: status\r', '\ndata:\r\r', 'data: x\n\n']),
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
    for await (const event of serverSentEvents(stream)) {
      expect(event.data).toBe('x');
      break;
    }
    expect(cancelled).toBe(true);
  });
});
