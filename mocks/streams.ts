/**
 * Event streams that behave like the services' (`live`), instead of Prism's one answer that
 * closes at once. Prism still picks and validates the answer; when it is a 200
 * `text/event-stream`, this module keeps the connection and sends it over time, by the event
 * names the hub uses (api/handler/repo_deploy.go, space.go, finetune.go):
 *
 * - status streams (`event:status`, `event:error`): one reading per interval, read again from
 *   the store (or the example) each time, so a stateful space shows Building → Deploying →
 *   Running on one connection; an example's events are played one per reading, and the last
 *   repeats, as the hub repeats the state when it has not changed;
 * - log streams (`Build`, `Container`): one line per interval, then `event:Heartbeat` with
 *   `data:keep-alive` every three intervals (the hub: every 30 s);
 * - monitor streams (JSON `data:` only): every reading, every interval;
 * - chat completions (`data: [DONE]`): one chunk per pace, each content delta split into
 *   word-sized chunks, then the stream ends.
 *
 * A stream stops, with its timer, when the client disconnects or the server closes.
 */
import type http from 'node:http';
import type { MockArgs } from './prism-types.js';

/** Between status readings and log lines; the hub reads every 10 s. */
export const DEFAULT_STREAM_INTERVAL_MS = 1000;
/** Between chat completion chunks. */
export const DEFAULT_CHAT_PACE_MS = 40;
/** A log stream's heartbeat comes every this many intervals (the hub: 30 s against 10 s). */
const HEARTBEAT_INTERVALS = 3;
const HEARTBEAT = 'event:Heartbeat\ndata:keep-alive';

export interface StreamOptions {
  /** Keep event streams open and paced; `false` sends Prism's answer as it is. @default true */
  live?: boolean | undefined;
  /** @default 1000 */
  intervalMs?: number | undefined;
  /** @default 40 */
  chatPaceMs?: number | undefined;
}

export type StreamKind = 'status' | 'logs' | 'readings' | 'chat';

/** The events of an event-stream body: blocks between blank lines, comments left out. */
export function eventBlocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) =>
      block
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith(':'))
        .join('\n'),
    )
    .filter((block) => block !== '');
}

const field = (block: string, name: string) =>
  block
    .split('\n')
    .filter((line) => line.startsWith(`${name}:`))
    .map((line) => line.slice(name.length + 1).replace(/^ /, ''));

/** What kind of stream a body is, by its event names and data. */
export function streamKind(blocks: readonly string[]): StreamKind {
  const events = new Set(blocks.flatMap((b) => field(b, 'event')));
  if (blocks.some((b) => field(b, 'data').includes('[DONE]'))) return 'chat';
  if (events.has('status') || events.has('error')) return 'status';
  if (events.has('Build') || events.has('Container') || events.has('Heartbeat')) return 'logs';
  return 'readings';
}

/** A chat chunk whose delta holds several words, as one chunk per word (like tokens). */
export function splitChunk(block: string): string[] {
  const [data] = field(block, 'data');
  if (data === undefined || data === '[DONE]') return [block];
  let chunk: { choices?: { delta?: { content?: unknown } }[] };
  try {
    chunk = JSON.parse(data) as typeof chunk;
  } catch {
    return [block];
  }
  const choice = chunk.choices?.length === 1 ? chunk.choices[0] : undefined;
  const content = choice?.delta?.content;
  const words = typeof content === 'string' ? (content.match(/\s*\S+\s*$|\s*\S+/g) ?? []) : [];
  if (!choice || words.length < 2) return [block];
  return words.map(
    (word) =>
      `data: ${JSON.stringify({ ...chunk, choices: [{ ...choice, delta: { ...choice.delta, content: word } }] })}`,
  );
}

/** How to read a request's answer again: the store's (or Prism's) result for it. */
type Reader = () => unknown;

const bodyOf = (result: unknown): string | undefined => {
  if (typeof result !== 'object' || result === null) return undefined;
  const { _tag, right } = result as {
    _tag?: string;
    right?: { statusCode?: number; body?: unknown };
  };
  if (_tag !== 'Right' || right?.statusCode !== 200) return undefined;
  return typeof right.body === 'string' ? right.body : undefined;
};

export interface LiveStreams {
  /** Remembers how to read this request's answer again, in case it becomes a stream. */
  note(args: MockArgs, read: Reader): void;
  /**
   * Takes over a finished answer that is a 200 event stream and sends it over time; `false`
   * when it is not one (or streams are not live), to be sent as it is.
   */
  takeOver(request: http.IncomingMessage, response: http.ServerResponse, body: unknown): boolean;
  /** How many streams are open now. */
  open(): number;
}

export function liveStreams(options: StreamOptions = {}): LiveStreams {
  const live = options.live ?? true;
  const interval = Math.max(1, options.intervalMs ?? DEFAULT_STREAM_INTERVAL_MS);
  const pace = Math.max(0, options.chatPaceMs ?? DEFAULT_CHAT_PACE_MS);
  // Prism hands its mock step the request's own headers object, so it keys the note.
  const readers = new WeakMap<object, Reader>();
  const streams = new Set<() => void>();

  /** The next event(s) to send and the wait after them; `null` wait ends the stream. */
  const stepper = (kind: StreamKind, first: string[], read: Reader) => {
    let step = 0;
    const reading = () => (step === 0 ? first : eventBlocks(bodyOf(read()) ?? ''));
    switch (kind) {
      case 'status':
        return (): [string[], number | null] => {
          const events = reading();
          const event = events[Math.min(step++, events.length - 1)];
          return [event === undefined ? [] : [event], interval];
        };
      case 'readings':
        return (): [string[], number | null] => {
          const events = reading();
          step++;
          return [events, interval];
        };
      case 'logs':
        return (): [string[], number | null] => {
          const line = first[step++];
          if (line === undefined) return [[HEARTBEAT], interval * HEARTBEAT_INTERVALS];
          return [[line], step < first.length ? interval : interval * HEARTBEAT_INTERVALS];
        };
      case 'chat': {
        const chunks = first.flatMap(splitChunk);
        return (): [string[], number | null] => {
          const chunk = chunks[step++];
          return [chunk === undefined ? [] : [chunk], step < chunks.length ? pace : null];
        };
      }
    }
  };

  return {
    note(args, read) {
      const key = args.input.data.headers;
      if (live && key) readers.set(key, read);
    },
    takeOver(request, response, body) {
      const read = readers.get(request.headers);
      const type = String(response.getHeader('content-type') ?? '');
      if (!read || response.statusCode !== 200 || !type.includes('text/event-stream')) {
        return false;
      }
      readers.delete(request.headers);
      const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString() : '';
      const first = eventBlocks(text);
      const next = stepper(streamKind(first), first, read);
      response.removeHeader('content-length');
      response.setHeader('cache-control', 'no-cache');
      response.writeHead(200);
      let timer: NodeJS.Timeout | undefined;
      const stop = () => {
        clearTimeout(timer);
        streams.delete(stop);
      };
      const send = () => {
        const [events, wait] = next();
        for (const event of events) response.write(`${event}\n\n`);
        if (wait === null) {
          stop();
          response.end();
        } else {
          timer = setTimeout(send, wait);
        }
      };
      streams.add(stop);
      response.once('close', stop);
      send();
      return true;
    },
    open: () => streams.size,
  };
}

/**
 * Lets `hook` see an answer as it is finished (`end` with its body) and take it over by
 * returning `true`; Prism ends every answer through one `end(body)` call.
 */
export function beforeEnd(response: http.ServerResponse, hook: (body: unknown) => boolean): void {
  const end = response.end.bind(response) as (...args: unknown[]) => http.ServerResponse;
  response.end = ((...args: unknown[]) => {
    response.end = end as typeof response.end;
    if (typeof args[0] !== 'function' && hook(args[0])) return response;
    return end(...args);
  }) as typeof response.end;
}
