/**
 * Launches mock worker processes (mocks/worker.ts, one per API) on the bundled specs. Shared by
 * `npm run mock`, `npm start`, the contract tests and the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../tooling/apis.js';
import { writeBundledSpec } from '../tooling/bundled-spec.js';
import { assertPortFree, freePort } from '../tooling/ports.js';
import { stopChild } from '../tooling/processes.js';
import { baseUrl } from '../tooling/static-server.js';
import { workerBundle } from './bundle.js';
import { DEFAULT_STATEFUL_DELAY_MS, portHint, type ServiceName } from './config.js';
import type { StreamOptions } from './streams.js';
import type { TimingOptions } from './timing.js';

export interface MockServer {
  api: string;
  url: string;
  port: number;
  /** The server process's id (benchmarks pin it to a CPU). */
  pid: number | undefined;
  /** The server's output so far, for diagnosing a failed start. */
  output(): string;
  /**
   * Settles when the process ends, by `stop()` or not, with a one-line account: the exit code or
   * signal, and on a failure the last error it printed.
   */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export interface StartMockOptions {
  api: string;
  port?: number | undefined;
  host?: string | undefined;
  /** Answer request (and response) violations with errors instead of just logging them. */
  errors?: boolean | undefined;
  /** Generate responses from the schemas instead of the named examples. */
  dynamic?: boolean | undefined;
  /**
   * Serve the data-backed operations from an in-memory store (mocks/stateful/) filled with the
   * generated dataset (mocks/data/); without it, every answer is one of the spec's examples.
   */
  stateful?: boolean | undefined;
  /** A fixtures file whose records change or extend the generated dataset (mocks/data/fixtures.ts). */
  seedFile?: string | undefined;
  /** The PRNG seed of the generated dataset. @default 1 */
  seedValue?: number | undefined;
  /** How long each transitional state lasts in stateful mode. @default 3000 */
  statefulDelayMs?: number | undefined;
  /** Size of each repository's LFS weights file (CSGHub). @default 8 MiB */
  weightsBytes?: number | undefined;
  /** Smallest multipart part of LFS uploads (CSGHub, data-backed). @default 50 MiB */
  lfsChunkBytes?: number | undefined;
  /** Prism log level. @default 'warn' */
  logLevel?: string | undefined;
  /** Latency, `Prefer: delay` and chaos faults (mocks/timing.ts). */
  timing?: TimingOptions | undefined;
  /** Event streams live and paced, or Prism's answer as it is (mocks/streams.ts). */
  streams?: StreamOptions | undefined;
  /** Repeated store-answered reads from memory (mocks/replay.ts). @default true */
  replay?: boolean | undefined;
  /** Give up when the server has not answered by then. @default 30000 */
  startTimeoutMs?: number | undefined;
}

/**
 * Bundles each spec and fills its operation cache ahead of time (`npm run build`), so the first
 * `npm start` after a clone starts as fast as every later one.
 */
export async function prepareMocks(apis: string[]): Promise<void> {
  const worker = await workerBundle();
  await Promise.all(
    apis.map(async (api) => {
      const spec = await writeBundledSpec(api);
      const options = JSON.stringify({ api, spec, prepare: true });
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [worker, options], { stdio: 'inherit', cwd: ROOT });
        child.once('error', reject);
        child.once('exit', (code) => {
          if (code === 0) resolve();
          else reject(new Error(`preparing the ${api} mock failed (exit ${code})`));
        });
      });
    }),
  );
}

/** Starts a mock server process for one API and resolves once it answers HTTP. */
export async function startMock(options: StartMockOptions): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host));
  await assertPortFree(port, host, `the ${options.api} mock`, portHint(options.api as ServiceName));
  const spec = await writeBundledSpec(options.api);
  const workerOptions = {
    api: options.api,
    spec,
    host,
    port,
    errors: options.errors ?? false,
    dynamic: options.dynamic ?? false,
    stateful: options.stateful ?? false,
    statefulDelayMs: options.statefulDelayMs ?? DEFAULT_STATEFUL_DELAY_MS,
    seedFile: options.seedFile,
    seedValue: options.seedValue,
    logLevel: options.logLevel ?? 'warn',
    weightsBytes: options.weightsBytes,
    lfsChunkBytes: options.lfsChunkBytes,
    timing: options.timing,
    streams: options.streams,
    replay: options.replay,
  };
  // The IPC channel is the worker's lifeline: it stops when this process goes, even by SIGKILL.
  const child = spawn(process.execPath, [await workerBundle(), JSON.stringify(workerOptions)], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    cwd: ROOT,
  });
  child.channel?.unref();
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = baseUrl(host, port);
  const exited = new Promise<string>((resolve) => {
    // 'close', not 'exit': its last words may still be in the pipes at exit.
    child.once('close', (code, signal) => {
      const how = signal ? `signal ${signal}` : `exit code ${String(code)}`;
      // A crash prints its error last; a signal or a clean exit leaves nothing to quote.
      const reason = code ? failureReason(output) : '';
      resolve(reason ? `(${how}): ${reason}` : `(${how})`);
    });
  });
  try {
    await waitUntilListening(child, url, options.startTimeoutMs ?? 30_000, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    api: options.api,
    url,
    port,
    pid: child.pid,
    output: () => output,
    exited,
    stop: () => stopChild(child),
  };
}

/**
 * Resolves when the worker says `listening <url>` (it loads its operations and its store before
 * it listens, so its health check answers 200 from then on). Waiting for that line instead of
 * polling the health check spares this process loading an HTTP client while the workers start.
 */
async function waitUntilListening(
  child: ChildProcess,
  url: string,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4096);
      if (seen.split('\n').some((line) => line.trim() === `listening ${url}`)) done();
    };
    const onExit = () => {
      // The reason first, on the one line a run prints; the whole output after it.
      done(new Error(`the mock on ${url} exited: ${failureReason(output())}\n${output().trim()}`));
    };
    const timer = setTimeout(() => {
      done(
        new Error(
          `the mock did not answer on ${url} within ${String(timeoutMs)} ms\n${output().trim()}`,
        ),
      );
    }, timeoutMs);
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** The last line of a process's output that names an error (not a stack frame), else its last. */
function failureReason(output: string): string {
  const lines = output
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  return (lines.filter((line) => /error/i.test(line)).pop() ?? lines.pop() ?? '').trim();
}
