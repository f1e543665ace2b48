/**
 * Time and faults for the mocks: a latency per request (`--latency <min>-<max>`), a delay asked
 * for by the request (`Prefer: delay=<ms>`), and opt-in faults on reads (`--chaos <p>`) that
 * answer 429 with `Retry-After` or 503, so retry UIs can be tried against the mock.
 */
import type http from 'node:http';
import { DEFAULT_CHAT_PACE_MS, DEFAULT_STREAM_INTERVAL_MS, type StreamOptions } from './streams.js';

/** The longest `Prefer: delay=` honoured; a longer one waits this long. */
export const MAX_PREFER_DELAY_MS = 60_000;

/** What `Retry-After` a chaos 429 carries, in seconds. */
export const CHAOS_RETRY_AFTER_S = 1;

export interface TimingOptions {
  /** Each request waits a uniform random time in this range, in ms. @default [0, 0] */
  latencyMs?: readonly [min: number, max: number] | undefined;
  /** Probability (0..1) that a GET is answered 429 or 503 instead. @default 0 */
  chaos?: number | undefined;
  /** Makes the faults (and latencies) repeat from run to run. */
  chaosSeed?: number | undefined;
}

/** Parses `--latency`: `<ms>` or `<min>-<max>`, whole milliseconds. */
export function parseLatency(text: string): [number, number] {
  const match = /^(\d{1,9})(?:-(\d{1,9}))?$/.exec(text.trim());
  const min = Number(match?.[1]);
  const max = Number(match?.[2] ?? match?.[1]);
  if (!match || min > max) {
    throw new Error(`invalid latency ${JSON.stringify(text)} (milliseconds, <min>-<max>)`);
  }
  return [min, max];
}

/** Parses `--chaos`: a probability from 0 to 1. */
export function parseChaos(text: string): number {
  const p = /^(?:0|1|0?\.\d+|1\.0*)$/.test(text.trim()) ? Number(text) : NaN;
  if (!(p >= 0 && p <= 1)) throw new Error(`invalid chaos ${JSON.stringify(text)} (0 to 1)`);
  return p;
}

/** The delay a `Prefer` header asks for (`delay=<ms>`), capped; 0 when none or unreadable. */
export function preferredDelay(prefer: string | string[] | undefined): number {
  const text = Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '');
  const match = /(?:^|[,;\s])delay\s*=\s*"?(\d{1,12})"?\s*(?:$|[,;])/i.exec(text);
  return match ? Math.min(Number(match[1]), MAX_PREFER_DELAY_MS) : 0;
}

/** A small seeded generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Fault {
  status: 429 | 503;
  headers: Record<string, string>;
  body: unknown;
}

/** How each API words the fault, in its own error shape. */
const FAULT_BODIES: Record<string, (status: number) => unknown> = {
  csghub: (status) => ({
    msg: status === 429 ? 'too many requests (mock --chaos)' : 'service unavailable (mock --chaos)',
  }),
  cfgpu: (status) => ({
    success: false,
    errorCode: status,
    errorMsg: status === 429 ? '请求过于频繁 (mock --chaos)' : '服务暂不可用 (mock --chaos)',
    content: null,
  }),
};

export interface Timing {
  /** Waits what this request should wait; resolves `false` when the client left meanwhile. */
  wait(request: http.IncomingMessage, response: http.ServerResponse): Promise<boolean>;
  /** The fault this request gets, if chaos picks it. */
  fault(request: http.IncomingMessage): Fault | undefined;
}

export function createTiming(api: string, options: TimingOptions = {}): Timing {
  const [min, max] = options.latencyMs ?? [0, 0];
  const chaos = options.chaos ?? 0;
  const random = options.chaosSeed === undefined ? Math.random : seededRandom(options.chaosSeed);
  return {
    wait(request, response) {
      const latency = max > 0 ? min + Math.floor(random() * (max - min + 1)) : 0;
      const ms = latency + preferredDelay(request.headers['prefer']);
      if (ms <= 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (answered: boolean) => {
          clearTimeout(timer);
          response.off('close', left);
          resolve(answered);
        };
        const left = () => {
          done(false);
        };
        const timer = setTimeout(() => {
          done(true);
        }, ms);
        response.once('close', left);
      });
    },
    fault(request) {
      if (chaos <= 0 || request.method !== 'GET') return undefined;
      if (random() >= chaos) return undefined;
      const status = random() < 0.5 ? 429 : 503;
      return {
        status,
        headers: status === 429 ? { 'retry-after': String(CHAOS_RETRY_AFTER_S) } : {},
        body: (FAULT_BODIES[api] ?? FAULT_BODIES['csghub'])?.(status),
      };
    },
  };
}

/** Answers a chaos fault, marked `x-mock-source: chaos`. */
export function sendFault(response: http.ServerResponse, fault: Fault): void {
  response.writeHead(fault.status, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': '*',
    'x-mock-source': 'chaos',
    ...fault.headers,
  });
  response.end(JSON.stringify(fault.body));
}

/** The command-line options of time, faults and streams, for `npm run mock` and `npm start`. */
export const TIMING_FLAGS = {
  latency: { type: 'string' },
  'chat-pace': { type: 'string' },
  'stream-interval': { type: 'string' },
  chaos: { type: 'string' },
  'chaos-seed': { type: 'string' },
} as const;

export const TIMING_USAGE = `  --latency <min>-<max>  wait before each answer, uniform per request, in ms (or one <ms>)
  --chat-pace <ms>       time between chat completion chunks (default ${String(DEFAULT_CHAT_PACE_MS)}; 0 for all at once)
  --stream-interval <ms> status readings and log lines every <ms>, log heartbeats every 3 × <ms>
                         (default ${String(DEFAULT_STREAM_INTERVAL_MS)}; the hub: 10 s and 30 s)
  --chaos <p>            answer a share p (0..1) of GET requests 429 (Retry-After) or 503
  --chaos-seed <n>       the same faults and latencies for the same requests in every run`;

/** The `Prefer: delay` line of `--help`, among the notes after the options. */
export const PREFER_DELAY_NOTE = `A request can ask for its own delay with \`Prefer: delay=<ms>\` (at most ${String(MAX_PREFER_DELAY_MS)}).`;

const wholeMs = (name: string, text: string, min = 0) => {
  const n = /^\d{1,9}$/.test(text.trim()) ? Number(text) : NaN;
  if (!(n >= min)) throw new Error(`invalid ${name} ${JSON.stringify(text)} (milliseconds)`);
  return n;
};

/** Reads the flags of {@link TIMING_FLAGS}; throws a one-line error on a bad value. */
export function timingFromFlags(flags: Record<string, unknown>): {
  timing: TimingOptions;
  streams: StreamOptions;
} {
  const text = (name: keyof typeof TIMING_FLAGS) =>
    typeof flags[name] === 'string' ? flags[name] : undefined;
  const latency = text('latency');
  const chaos = text('chaos');
  const seed = text('chaos-seed');
  const pace = text('chat-pace');
  const interval = text('stream-interval');
  if (seed !== undefined && !/^\d{1,10}$/.test(seed)) {
    throw new Error(`invalid chaos seed ${JSON.stringify(seed)} (a whole number)`);
  }
  return {
    timing: {
      latencyMs: latency === undefined ? undefined : parseLatency(latency),
      chaos: chaos === undefined ? undefined : parseChaos(chaos),
      chaosSeed: seed === undefined ? undefined : Number(seed),
    },
    streams: {
      chatPaceMs: pace === undefined ? undefined : wholeMs('chat pace', pace),
      intervalMs: interval === undefined ? undefined : wholeMs('stream interval', interval, 1),
    },
  };
}
