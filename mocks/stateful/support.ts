/** What the stateful stores share: reading examples from the spec and shaping answers. */
import type { IHttpOperation } from '@stoplight/types';
import { EPOCH, iso } from '../data/random.js';
import type { MockArgs } from '../prism-types.js';
import type { MockResponse, MockResult, SpecAnswer, StatefulStore } from './types.js';

/** One request as a store handler sees it. */
export interface Call {
  args: MockArgs;
  /** Path parameters, decoded, by name. */
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  /** Prism's answer to this request with another status code, from the spec's examples. */
  specAnswer: SpecAnswer;
}

/** The page a list's `page` and `per` ask for, and how many there are over all pages. */
export function paged<T>(items: readonly T[], query: Record<string, unknown>, per = 50) {
  const page = Math.max(1, Number(query['page'] ?? 1) || 1);
  const size = Math.max(1, Number(query['per'] ?? per) || per);
  return {
    data: items.slice((page - 1) * size, page * size),
    total: items.length,
    page,
    per: size,
  };
}

/**
 * A store's clock for created and updated dates: a minute per write from the epoch, so the same
 * writes give the same dates; `reset` goes back to the epoch.
 */
export function minuteClock() {
  let at = EPOCH;
  return {
    tick: () => iso((at += 60_000)),
    reset: () => {
      at = EPOCH;
    },
  };
}

/** Whether a request carries a token, which the mock takes to be the token's user's. */
export const signedIn = (call: Call) => {
  const headers = call.args.input.data.headers ?? {};
  return Object.entries(headers).some(([k, v]) => k.toLowerCase() === 'authorization' && v);
};

/** A handler answers, or returns `undefined` to let Prism answer from the examples. */
export type Handler = (call: Call) => unknown;

/**
 * The answers the store made itself: the spec's examples overlaid with the dataset's records. Without
 * `errors` (as `npm start` runs) the server skips Prism's output validation for them, which then
 * only logs: on a page of 20 records its date checks took a third of the mock's throughput.
 */
export const storeAnswers = new WeakSet<object>();

export const answer = (
  statusCode: number,
  body: unknown,
  mediaType = 'application/json',
): MockResult => {
  const response = {
    statusCode,
    headers: { 'content-type': mediaType },
    body,
  } satisfies MockResponse;
  storeAnswers.add(response);
  return { _tag: 'Right', right: response };
};

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Finds operations by id; a store that names one its spec lacks fails when it is created. */
export function operationFinder(operations: IHttpOperation[]): (id: string) => IHttpOperation {
  const byId = new Map(operations.map((op) => [op.iid, op]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`the spec has no operation ${id}`);
    return found;
  };
}

/** A copy of an operation's first (or named) JSON example for a status, to fill in. */
export function example(
  operation: IHttpOperation,
  status = '200',
  key?: string,
): Record<string, unknown> {
  const response = operation.responses.find((r) => r.code === status);
  const content = response?.contents?.find((c) => c.mediaType.includes('json'));
  const found = content?.examples?.find((e) => key === undefined || e.key === key);
  if (!found || !('value' in found) || !isObject(found.value)) {
    throw new Error(`${operation.iid ?? operation.path}: no JSON example for ${status}`);
  }
  return structuredClone(found.value);
}

/**
 * `template` with the values of `values` put into the keys it already has, recursively, when
 * the kinds agree (or the template's is null). The result keeps the shape of a spec example, so
 * a store cannot answer a field the spec does not describe.
 */
export function overlay(template: unknown, values: Record<string, unknown>): unknown {
  if (!isObject(template)) return template;
  const result: Record<string, unknown> = { ...template };
  for (const [key, current] of Object.entries(template)) {
    if (!(key in values)) continue;
    const value = values[key];
    if (isObject(current) && isObject(value)) result[key] = overlay(current, value);
    else if (current === null || kind(current) === kind(value)) result[key] = value;
  }
  return result;
}

const kind = (value: unknown) =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

/** Path parameters of a request, read against its operation's path template. */
export function pathParams(template: string, requestPath: string): Record<string, string> {
  const names = template.split('/');
  const values = requestPath.split('/');
  const params: Record<string, string> = {};
  names.forEach((segment, i) => {
    const name = /^{(.+)}$/.exec(segment)?.[1];
    if (name !== undefined) params[name] = decodeURIComponent(values[i] ?? '');
  });
  return params;
}

/**
 * Dispatches validated requests to handlers by operation id. A request that asked for a
 * scenario (`Prefer: code=…` or `example=…`) is Prism's to answer.
 */
export function dispatch(handlers: Record<string, Handler>) {
  return (args: MockArgs, specAnswer: SpecAnswer): unknown => {
    const handler = handlers[args.resource.iid ?? ''];
    const { code, exampleKey } = args.config;
    if (!handler || code !== undefined || exampleKey !== undefined) return undefined;
    const data = args.input.data;
    return handler({
      args,
      params: pathParams(args.resource.path, data.url.path),
      query: data.url.query ?? {},
      body: isObject(data.body) ? data.body : {},
      specAnswer,
    });
  };
}

/**
 * `inner` with `handlers` answering first and the rest falling through; `own` adds its records
 * to the state and is reset with `inner`. How the CSGHub stores are layered.
 */
export function layered(
  inner: StatefulStore,
  handlers: Record<string, Handler>,
  own: { state(): Record<string, unknown>; reset(): void },
): StatefulStore {
  const answerHere = dispatch(handlers);
  return {
    answer: (args, specAnswer) => answerHere(args, specAnswer) ?? inner.answer(args, specAnswer),
    state: () => ({ ...(inner.state() as Record<string, unknown>), ...own.state() }),
    reset: () => {
      inner.reset();
      own.reset();
    },
    holds: (kind, path) => inner.holds?.(kind, path) ?? false,
    created: (kind, path) => inner.created?.(kind, path),
  };
}

/**
 * Most records a store creates of each kind (repositories of one kind, deploys, instances):
 * further creates are refused, so a long or hostile run cannot grow the mock without bound.
 */
export const MAX_RECORDS = 10_000;

/** The refusal's message, the same in every store. */
export const fullMessage = (max: number, what: string) =>
  `the mock is full: it holds at most ${String(max)} ${what}; delete some or restart it`;

let clockReads = 0;

/**
 * Milliseconds since the epoch; one place, so tests and stores agree on the clock. Stores read
 * it only through here: an answer that read it may change by itself and is never replayed
 * (mocks/replay.ts).
 */
export const now = () => {
  clockReads++;
  return Date.now();
};

/** How often the clock was read so far: equal before and after an answer, it read none. */
export const clockReadCount = () => clockReads;

/**
 * A state worked out when it is read, so nothing runs in the background: it passes through
 * `states`, one per delay from `since`, and stays on the last.
 */
export interface Timeline<S extends string = string> {
  states: readonly [S, ...S[]];
  since: number;
}

/** A timeline through `states` from now. */
export const timeline = <S extends string>(...states: [S, ...S[]]): Timeline<S> => ({
  states,
  since: now(),
});

/** Where a timeline has got to when each of its states lasts `delayMs`. */
export function stateAt<S extends string>({ states, since }: Timeline<S>, delayMs: number): S {
  const step = delayMs > 0 ? Math.floor((now() - since) / delayMs) : states.length;
  return states[Math.min(step, states.length - 1)] ?? states[0];
}
