/**
 * One mock server process, run from its bundle (mocks/bundle.ts) as
 * `node build/mock-worker.mjs '<json options>'`. Prints `listening <url>` once it accepts
 * connections; stops on SIGTERM or SIGINT.
 */
import { readFile } from 'node:fs/promises';
import { baseUrl, listenError } from '../tooling/static-server.js';
import { portHint, type ServiceName } from './config.js';
import { loadOperations } from './operations.js';
import { parseFixtures } from './data/fixtures.js';
import { createMockServer } from './server.js';
import { createStore } from './stateful/index.js';
import type { StreamOptions } from './streams.js';
import type { TimingOptions } from './timing.js';

interface WorkerOptions {
  api: string;
  spec: string;
  host: string;
  port: number;
  errors: boolean;
  dynamic: boolean;
  stateful: boolean;
  statefulDelayMs: number;
  seedFile?: string;
  seedValue?: number;
  logLevel: string;
  weightsBytes?: number;
  lfsChunkBytes?: number;
  timing?: TimingOptions;
  streams?: StreamOptions;
  replay?: boolean;
  /** Only fill the operation cache, then exit (used by `npm run build`). */
  prepare?: boolean;
}

const options = JSON.parse(process.argv[2] ?? '{}') as WorkerOptions;
const operations = await loadOperations(options.spec).catch((error: unknown) => {
  // One line saying which spec and why; the run that started this mock prints it.
  const reason = error instanceof Error ? error.message : String(error);
  console.error(
    `error: cannot load the ${options.api} spec ${options.spec}: ${reason.split('\n')[0] ?? ''}`,
  );
  process.exit(1);
});
if (options.prepare) process.exit(0);
const seedFile = options.seedFile;
const fixtures = seedFile
  ? await readFile(seedFile, 'utf8')
      .then((text) => parseFixtures(text, seedFile))
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        console.error(`error: cannot seed the ${options.api} mock: ${reason.split('\n')[0] ?? ''}`);
        process.exit(1);
      })
  : undefined;
const server = createMockServer({
  api: options.api,
  operations,
  errors: options.errors,
  dynamic: options.dynamic,
  logLevel: options.logLevel,
  weightsBytes: options.weightsBytes,
  lfsChunkBytes: options.lfsChunkBytes,
  timing: options.timing,
  streams: options.streams,
  replay: options.replay,
  stateful: options.stateful
    ? createStore(options.api, operations, {
        delayMs: options.statefulDelayMs,
        seedValue: options.seedValue,
        fixtures,
      })
    : undefined,
});
server.keepAliveTimeout = 5000;
server.once('error', (error: NodeJS.ErrnoException) => {
  const what = `the ${options.api} mock`;
  const hint = portHint(options.api as ServiceName);
  console.error(`error: ${listenError(error, options.host, options.port, what, hint).message}`);
  process.exit(1);
});
server.listen(options.port, options.host, () => {
  console.log(`listening ${baseUrl(options.host, options.port)}`);
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// Started by a parent with an IPC channel: when the parent goes, so does this process.
if (process.send) process.once('disconnect', stop);
