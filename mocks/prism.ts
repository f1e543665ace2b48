/**
 * Starts Prism mock servers for the bundled specs. Shared by `npm run mock`, `npm start`, the
 * contract tests and the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { stringify } from 'yaml';
import { ROOT, bundleApi, loadApi } from '../scripts/lib/apis.js';
import { listenError } from '../scripts/lib/static-server.js';
import { portHint, type ServiceName } from './config.js';

export interface MockServer {
  api: string;
  url: string;
  port: number;
  /** Prism's output so far, for diagnosing a failed start. */
  output(): string;
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
  /** Prism log level. @default 'warn' */
  logLevel?: string | undefined;
  /** Give up when Prism has not answered by then. @default 30000 */
  startTimeoutMs?: number | undefined;
}

/** Writes `build/specs/<api>.yaml`, the single-file spec Prism and the docs read. */
export async function writeBundledSpec(api: string): Promise<string> {
  const doc = await bundleApi(await loadApi(api));
  const file = path.join(ROOT, 'build', 'specs', `${api}.yaml`);
  const text = stringify(doc, { lineWidth: 0 });
  // Prism watches its file and restarts on any write: a running mock (`npm start`) would drop
  // connections while another process (a test run) rewrote the same spec.
  if ((await readFile(file, 'utf8').catch(() => undefined)) === text) return file;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

/** A port nobody listens on right now. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** Fails with a one-line reason when the port is taken; `hint` says how to choose another. */
export function assertPortFree(
  port: number,
  host: string,
  what: string,
  hint = 'choose another port',
): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(listenError(error, host, port, what, hint));
    });
    server.listen(port, host, () => {
      server.close(() => {
        resolve();
      });
    });
  });
}

function prismBin(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('@stoplight/prism-cli/package.json');
  const pkg = require(pkgFile) as { bin: { prism: string } };
  return path.join(path.dirname(pkgFile), pkg.bin.prism);
}

/** Starts Prism on a bundled spec and resolves once it answers HTTP. */
export async function startMock(options: StartMockOptions): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host));
  await assertPortFree(port, host, `the ${options.api} mock`, portHint(options.api as ServiceName));
  const spec = await writeBundledSpec(options.api);
  const args = [prismBin(), 'mock', spec, '--host', host, '--port', String(port)];
  args.push('--errors', String(options.errors ?? false));
  args.push('--dynamic', String(options.dynamic ?? false));
  args.push('--verboseLevel', options.logLevel ?? 'warn');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
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
    output: () => output,
    stop: () => stopChild(child),
  };
}

async function waitUntilListening(
  child: ChildProcess,
  url: string,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const state = { exited: false };
  child.once('exit', () => {
    state.exited = true;
  });
  while (Date.now() < deadline) {
    if (state.exited)
      throw new Error(`Prism exited before listening on ${url}:\n${output().trim()}`);
    try {
      // Any HTTP answer means the server is up; the route does not have to exist.
      await fetch(`${url}/__ready`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`Prism did not answer on ${url} within ${timeoutMs} ms:\n${output().trim()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
