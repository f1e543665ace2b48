/**
 * One API's mock server, in process: Prism's HTTP server (request and response validation,
 * CORS, `Prefer` scenarios, `sl-violations`) with three additions in front of it:
 *
 * - a router that hands Prism only the operations that can match the request (mocks/router.ts),
 *   so the time per request no longer grows with the size of the spec;
 * - `GET /__health`, answered without touching Prism, for scripts and CI;
 * - a refusal, in the API's own error envelope, of a path or query with a malformed percent
 *   escape, which Prism cannot decode (mocks/malformed-urls.ts);
 * - for CSGHub, repository contents (mocks/content/): real trees and bytes on the file routes;
 * - an optional stateful store (mocks/stateful/) that answers some operations from memory.
 *   It plugs in as Prism's "mock" step, so requests are validated before it runs and its
 *   answers are validated against the spec after, like any example Prism serves;
 * - time and faults (mocks/timing.ts), refusals in the service's shape and Prism's own failures
 *   marked (mocks/refusals.ts), and event streams kept open and paced (mocks/streams.ts).
 * - with a store, `GET /__state` (its records as JSON) and `POST /__reset` (back to the start);
 * - with a store, a read repeated exactly is answered again from memory while nothing was
 *   written, after Prism validated it once (mocks/replay.ts).
 */
import http from 'node:http';
import { Writable } from 'node:stream';
import { createLogger } from '@stoplight/prism-core';
import { resetJSONSchemaGenerator, type IHttpConfig } from '@stoplight/prism-http';
import { createServer as createPrismServer } from '@stoplight/prism-http-server';
import type { IHttpOperation } from '@stoplight/types';
import * as mockerModule from '@stoplight/prism-http/dist/mocker/index.js';
import * as routerModule from '@stoplight/prism-http/dist/router/index.js';
import { validateOutput } from '@stoplight/prism-http/dist/validator/index.js';
import { HEALTH_PATH, RESET_PATH, STATE_PATH } from './config.js';
import { createContentHandler, WriteStore } from './content/index.js';
import { CURRENT_USER } from './data/csghub-people.js';
import { malformedPart, refusal } from './malformed-urls.js';
import { markPrismAnswer, refusalFor } from './refusals.js';
import { createReplay } from './replay.js';
import { indexOperations } from './router.js';
import type { MockArgs, PrismMock, PrismRoute } from './prism-types.js';
import { clockReadCount, isObject, storeAnswers } from './stateful/support.js';
import type { StatefulStore } from './stateful/types.js';
import { beforeEnd, liveStreams, type StreamOptions } from './streams.js';
import { createTiming, sendFault, type TimingOptions } from './timing.js';

/** The `exports.default` of a CommonJS module, however the loader (Node, a bundler) wraps it. */
function commonJsDefault(namespace: object): unknown {
  let value: unknown = namespace;
  while (value && typeof value === 'object' && 'default' in value) value = value.default;
  return value;
}

// Prism's own router and mocker, the defaults its instance would use.
const prismRoute = commonJsDefault(routerModule) as PrismRoute;
const prismMock = commonJsDefault(mockerModule) as PrismMock;

export interface MockServerOptions {
  api: string;
  operations: IHttpOperation[];
  /** Answer response violations with an error instead of only reporting them. */
  errors?: boolean | undefined;
  /** Generate responses from the schemas instead of the named examples. */
  dynamic?: boolean | undefined;
  /** Serve some operations from an in-memory store. */
  stateful?: StatefulStore | undefined;
  /** Size of each repository's LFS weights file (CSGHub). @default 8 MiB */
  weightsBytes?: number | undefined;
  /** Smallest multipart part the LFS batch hands out (CSGHub, with a store). @default 50 MiB */
  lfsChunkBytes?: number | undefined;
  /** Prism log level, e.g. `warn`, `info`, `silent`. @default 'warn' */
  logLevel?: string | undefined;
  /** Where log lines go. @default process.stderr */
  log?: NodeJS.WritableStream | undefined;
  /** Latency, `Prefer: delay` and chaos faults. */
  timing?: TimingOptions | undefined;
  /** Event streams: live (open, paced) or Prism's answer as it is. */
  streams?: StreamOptions | undefined;
  /**
   * Send a repeated read the store answered again from memory (mocks/replay.ts); `false` has
   * Prism validate every request and answer. @default true
   */
  replay?: boolean | undefined;
}

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  32: 'success',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/** Prism logs JSON lines; people read `[api] level message`. */
function logSink(api: string, out: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        try {
          const entry = JSON.parse(line) as { level?: number; msg?: string };
          out.write(`[${api}] ${LEVELS[entry.level ?? 30] ?? 'info'} ${entry.msg ?? ''}\n`);
        } catch {
          out.write(`[${api}] ${line}\n`);
        }
      }
      done();
    },
  });
}

/**
 * Builds Prism's HTTP server and returns its request listener: Prism creates its server through
 * `http.createServer`, so the listener is caught there, and served by our own server below.
 */
function prismListener(build: () => void): http.RequestListener {
  const original = http.createServer;
  let listener: http.RequestListener | undefined;
  http.createServer = (...args: unknown[]) => {
    listener = args.find((arg): arg is http.RequestListener => typeof arg === 'function');
    return (original as (...a: unknown[]) => http.Server)(...args);
  };
  try {
    build();
  } finally {
    http.createServer = original;
  }
  if (!listener) throw new Error('Prism did not create its HTTP server; has its version changed?');
  return listener;
}

export function createMockServer(options: MockServerOptions): http.Server {
  resetJSONSchemaGenerator();
  const index = indexOperations(options.operations);
  // Prism's logger is pino, whose types this project does not install.
  const makeLogger = createLogger as unknown as (...args: unknown[]) => object;
  const logger = makeLogger(
    options.api,
    { level: options.logLevel ?? 'warn' },
    logSink(options.api, options.log ?? process.stderr),
  );
  const config = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: options.errors ?? false,
    upstreamProxy: undefined,
    isProxy: false,
    mock: { dynamic: options.dynamic ?? false, ignoreExamples: false },
  } as IHttpConfig;
  const stateful = options.stateful;
  const streams = liveStreams(options.streams);
  const timing = createTiming(options.api, options.timing);
  const out = options.log ?? process.stderr;
  // Prism-made answers are logged as warnings.
  const quiet = ['error', 'fatal', 'silent'].includes(options.logLevel ?? 'warn');
  // Repeated reads the store answered are sent again from memory (mocks/replay.ts), unless
  // Prism is to log every request.
  const replay =
    stateful &&
    options.replay !== false &&
    !['trace', 'debug', 'info'].includes(options.logLevel ?? 'warn')
      ? createReplay()
      : undefined;
  const components = {
    logger,
    // Prism passes every operation; hand its router only those that can match.
    route: ({ input }: { input: { url: { path: string } } }) =>
      prismRoute({ resources: index.candidates(input.url.path), input }),
    // Answers the store made are built to the spec's shapes, and the tests prove it with
    // `errors` on, where every answer is checked; otherwise Prism only logs what it finds, and on
    // a page of 20 records its date checks cost a third of the throughput, so only Prism's own
    // answers are checked.
    validateOutput: (args: Parameters<typeof validateOutput>[0]) =>
      !options.errors && storeAnswers.has(args.element)
        ? { _tag: 'Right', right: args.element }
        : validateOutput(args),
    mock: (args: MockArgs) => (log: unknown) => {
      const refused = refusalFor(options.api, args);
      if (refused) return refused;
      const read = () => {
        const clock = clockReadCount();
        const answer =
          stateful && !args.input.validations.some((v) => v.severity === 0)
            ? stateful.answer(args, (code) =>
                prismMock({ ...args, config: { ...args.config, code } })(log),
              )
            : undefined;
        if (
          replay &&
          clock === clockReadCount() &&
          isObject(answer) &&
          answer['_tag'] === 'Right' &&
          isObject(answer['right']) &&
          storeAnswers.has(answer['right']) &&
          args.input.validations.length === 0 &&
          args.input.data.headers
        ) {
          replay.keepable(args.input.data.headers);
        }
        return answer ?? prismMock(args)(log);
      };
      streams.note(args, read);
      return read();
    },
  };
  const prism = prismListener(() =>
    createPrismServer(options.operations, {
      cors: true,
      config,
      components: components as never,
    }),
  );
  const health = () =>
    JSON.stringify({
      status: 'ok',
      api: options.api,
      operations: options.operations.length,
      stateful: Boolean(stateful),
      streams: streams.open(),
    });
  // With a dataset, what clients write to repositories is kept (LFS objects in a temp folder).
  const writes = options.api === 'csghub' && stateful ? new WriteStore(CURRENT_USER) : undefined;
  const content =
    options.api === 'csghub'
      ? createContentHandler({
          writes,
          lfsChunkBytes: options.lfsChunkBytes,
          operations: options.operations,
          weightsBytes: options.weightsBytes,
          // With a dataset, only the repositories it holds have files, as on the hub.
          exists: stateful?.holds
            ? (key) => stateful.holds?.(key.kind, `${key.namespace}/${key.name}`) ?? false
            : undefined,
          // A repository created through the API starts as the hub makes one.
          created: stateful?.created
            ? (key) => stateful.created?.(key.kind, `${key.namespace}/${key.name}`)
            : undefined,
        })
      : undefined;
  const server = http.createServer((request, response) => {
    if (request.url === HEALTH_PATH && (request.method === 'GET' || request.method === 'HEAD')) {
      response.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
      });
      response.end(request.method === 'GET' ? health() : undefined);
      return;
    }
    if (stateful && storeRoute(stateful, request, response, writes, () => replay?.clear())) {
      return;
    }
    const capture = replay?.arrive(request, response);
    const malformed = malformedPart(request.url ?? '/');
    if (malformed) {
      const { status, body } = refusal(options.api, malformed);
      response.writeHead(status, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      response.end(JSON.stringify(body));
      return;
    }
    const fault = timing.fault(request);
    void timing.wait(request, response).then((stayed) => {
      if (!stayed) return;
      if (fault) {
        sendFault(response, fault);
        return;
      }
      if (content?.(request, response)) return;
      if (capture && replay?.serve(request, response)) return;
      beforeEnd(response, (body) => {
        markPrismAnswer(options.api, request, response, body, quiet ? undefined : out);
        if (streams.takeOver(request, response, body)) return true;
        capture?.(body);
        return false;
      });
      prism(request, response);
    });
  });
  server.once('close', () => writes?.close());
  return server;
}

/** Answers `GET /__state` and `POST /__reset`; false for any other request. */
function storeRoute(
  store: StatefulStore,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  writes: WriteStore | undefined,
  onReset: () => void,
): boolean {
  const headers = {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
  };
  if (request.url === STATE_PATH && request.method === 'GET') {
    response.writeHead(200, headers);
    const state = store.state();
    response.end(
      JSON.stringify(
        writes && state && typeof state === 'object'
          ? { ...state, files: writes.summary() }
          : state,
      ),
    );
    return true;
  }
  if (request.url === RESET_PATH && request.method === 'POST') {
    request.resume();
    store.reset();
    writes?.reset();
    onReset();
    response.writeHead(200, headers);
    response.end(JSON.stringify({ status: 'reset' }));
    return true;
  }
  return false;
}
