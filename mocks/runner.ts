/**
 * Runs the mock servers in the foreground until Ctrl-C or SIGTERM (`npm run mock`). A companion
 * started beside them shares their flags, output and shutdown (`npm start` adds the docs site).
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadApis } from '../tooling/apis.js';
import {
  DEFAULT_PORTS,
  DEFAULT_STATEFUL_DELAY_MS,
  HEALTH_PATH,
  portEnvVar,
  RESET_PATH,
  STATE_PATH,
  type ServiceName,
} from './config.js';
import { DEFAULT_LFS_CHUNK_BYTES, DEFAULT_WEIGHTS_BYTES, parseSize } from './content/index.js';
import { DEFAULT_SEED } from './data/random.js';
import { startMock, type MockServer } from './launcher.js';
import { PREFER_DELAY_NOTE, TIMING_FLAGS, TIMING_USAGE, timingFromFlags } from './timing.js';

/** Something served beside the mocks, with its own flags. */
export interface Companion {
  /** Extra command-line options, parsed with the mocks' own. */
  options: NonNullable<ParseArgsConfig['options']>;
  /** Lines for `--help`, after the mocks' options. */
  usage: string;
  /** Starts it; resolves to the line printed under the mocks' URLs, and how to stop it. */
  start(flags: Record<string, unknown>, host: string): Promise<{ line: string; stop: () => void }>;
}

const USAGE = `Options:
  --host <host>          interface to listen on (default 127.0.0.1, env MOCK_HOST)
  --csghub-port <port>   CSGHub mock port (default ${DEFAULT_PORTS.csghub}, env ${portEnvVar('csghub')})
  --cfgpu-port <port>    CFGPU mock port (default ${DEFAULT_PORTS.cfgpu}, env ${portEnvVar('cfgpu')})
  --examples             answer every request with the spec's named examples, no dataset
  --dynamic              generate the answers the dataset does not give from the schemas
  --seed <file>          JSON fixtures that change or extend the generated dataset
  --seed-value <n>       seed of the generated dataset's PRNG (default 1)
  --stateful             accepted for older scripts: the dataset is served by default
                         (at most 10,000 created per kind, then creates answer "the mock is full")
  --stateful-delay <ms>  how long each transitional state lasts (default ${DEFAULT_STATEFUL_DELAY_MS}, env MOCK_STATEFUL_DELAY_MS)
  --weights-size <size>  size of every repository's LFS weights file, bytes or with KiB/MiB/GiB
                         (default ${String(DEFAULT_WEIGHTS_BYTES / 1024 ** 2)} MiB, env MOCK_WEIGHTS_SIZE)
  --lfs-chunk-size <size>  smallest part of multipart LFS uploads, bytes or with KiB/MiB/GiB
                         (default ${String(DEFAULT_LFS_CHUNK_BYTES / 1024 ** 2)} MiB as the hub, env MOCK_LFS_CHUNK_SIZE)
${TIMING_USAGE}
`;

const HELP_LINE = '  --help                 show this help';
const HEALTH_NOTE = `Each mock answers GET ${HEALTH_PATH} with 200 once it is ready; with the dataset,
GET ${STATE_PATH} dumps its store as JSON and POST ${RESET_PATH} restores the initial records.`;

export function portFor(name: ServiceName, flags: Record<string, unknown>): number {
  const raw = flags[`${name}-port`] ?? process.env[portEnvVar(name)] ?? DEFAULT_PORTS[name];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`invalid ${name} port ${JSON.stringify(raw)}`);
  }
  return port;
}

export async function run(argv: string[], companion?: Companion): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      'csghub-port': { type: 'string' },
      'cfgpu-port': { type: 'string' },
      dynamic: { type: 'boolean' },
      stateful: { type: 'boolean' },
      examples: { type: 'boolean' },
      seed: { type: 'string' },
      'seed-value': { type: 'string' },
      'stateful-delay': { type: 'string' },
      'weights-size': { type: 'string' },
      'lfs-chunk-size': { type: 'string' },
      ...TIMING_FLAGS,
      help: { type: 'boolean' },
      ...companion?.options,
    },
  });
  if (values.help) {
    console.log(
      [USAGE.trimEnd(), companion?.usage, HELP_LINE, '', HEALTH_NOTE, PREFER_DELAY_NOTE]
        .filter((l) => l !== undefined)
        .join('\n'),
    );
    return;
  }
  const host = values.host ?? process.env['MOCK_HOST'] ?? '127.0.0.1';
  const delayText =
    values['stateful-delay'] ?? process.env['MOCK_STATEFUL_DELAY_MS'] ?? DEFAULT_STATEFUL_DELAY_MS;
  const statefulDelayMs = Number(delayText);
  const seedText = values['seed-value'] ?? String(DEFAULT_SEED);
  const seedValue = Number(seedText);
  const dataBacked = !values.examples;
  const mocks: MockServer[] = [];
  let stopCompanion: (() => void) | undefined;
  let stopping = false;
  /** Every mock start under way: a stop waits for them, so none is left running. */
  const starting: Promise<unknown>[] = [];
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled(starting);
    await Promise.all(mocks.map((m) => m.stop()));
    stopCompanion?.();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(130));
  process.once('SIGTERM', () => void stop(0));

  try {
    if (!Number.isInteger(statefulDelayMs) || statefulDelayMs < 0) {
      throw new Error(`invalid stateful delay ${JSON.stringify(delayText)} (milliseconds)`);
    }
    const weightsText = values['weights-size'] ?? process.env['MOCK_WEIGHTS_SIZE'];
    const weightsBytes =
      weightsText === undefined ? undefined : parseSize(weightsText, 'weights size');
    const chunkText = values['lfs-chunk-size'] ?? process.env['MOCK_LFS_CHUNK_SIZE'];
    const lfsChunkBytes =
      chunkText === undefined ? undefined : parseSize(chunkText, 'LFS chunk size');
    const { timing, streams } = timingFromFlags(values);
    if (!Number.isInteger(seedValue) || seedValue < 0 || seedValue > 0xffffffff) {
      throw new Error(`invalid seed value ${JSON.stringify(seedText)} (an integer from 0)`);
    }
    if (values.examples && values.seed !== undefined) {
      throw new Error('--seed needs the dataset: leave out --examples');
    }
    const apis = await loadApis();
    starting.push(
      ...apis.map((api) =>
        startMock({
          api: api.name,
          host,
          port: portFor(api.name as ServiceName, values),
          dynamic: values.dynamic,
          stateful: dataBacked,
          statefulDelayMs,
          weightsBytes,
          lfsChunkBytes,
          timing,
          streams,
          seedFile: values.seed === undefined ? undefined : path.resolve(values.seed),
          seedValue,
        }).then((mock) => {
          mocks.push(mock);
          // A mock that dies on its own takes the run with it, saying which and how.
          void mock.exited.then((how) => {
            if (stopping) return;
            console.error(`error: the ${mock.api} mock on ${mock.url} exited unexpectedly ${how}`);
            void stop(1);
          });
        }),
      ),
    );
    const started = Promise.all(starting);
    let companionLine: string | undefined;
    if (companion) {
      const started = await companion.start(values, host);
      stopCompanion = started.stop;
      companionLine = started.line;
    }
    await started;
    const mode = dataBacked ? ` (data, seed ${String(seedValue)})` : ' (examples)';
    const order = apis.map((api) => api.name);
    mocks.sort((a, b) => order.indexOf(a.api) - order.indexOf(b.api));
    for (const mock of mocks) console.log(`${mock.api.padEnd(7)} mock  ${mock.url}${mode}`);
    if (companionLine) console.log(companionLine);
    const cfgpu = mocks.find((m) => m.api === 'cfgpu');
    if (cfgpu) {
      console.log(
        `try: curl -H 'Authorization: any-token' ${cfgpu.url}/userapi/v1/region/list  (health: GET ${HEALTH_PATH}; Ctrl-C to stop)`,
      );
    }
    console.log('ready');
  } catch (error) {
    console.error(
      `error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    await stop(1);
  }
}
