/**
 * Prism as a validating proxy in front of a real server: it forwards every request unchanged and
 * reports what breaks the spec in an `sl-violations` response header.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { freePort } from '../../tooling/ports.js';
import { prismBin, stopChild } from '../../tooling/processes.js';
import { baseUrl } from '../../tooling/static-server.js';

export interface PrismProxy {
  url: string;
  /**
   * Paths (URL pathnames) the server answered with 501. Prism replaces such an answer with a mock
   * from the spec's examples and only says so in its log.
   */
  notImplemented: Set<string>;
  /** Prism's recent output, for diagnosing a failed start. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartProxyOptions {
  /** The bundled single-file spec. */
  spec: string;
  upstream: string;
  host?: string;
  /** Environment of the Prism process. */
  env?: NodeJS.ProcessEnv;
  /** @default 30000 */
  startTimeoutMs?: number;
}

const NOT_IMPLEMENTED = /Upstream call to (\S+) has returned 501/;
// eslint-disable-next-line no-control-regex -- ANSI colour codes, in case FORCE_COLOR is set.
const ANSI = /\x1b\[[0-9;]*m/g;

export async function startPrismProxy(options: StartProxyOptions): Promise<PrismProxy> {
  const host = options.host ?? '127.0.0.1';
  const port = await freePort(host);
  // --errors false: forward every request and pass every answer through, violations or not.
  // --verboseLevel info: the level of "Prism is listening" (an HTTP probe would be forwarded to
  // the real server, and an open port may not be Prism's). --multiprocess false: one process to
  // stop, whatever NODE_ENV says.
  const args = [prismBin(), 'proxy', options.spec, options.upstream];
  args.push('--host', host, '--port', String(port), '--errors', 'false');
  args.push('--verboseLevel', 'info', '--multiprocess', 'false');
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: options.env ?? process.env,
  });
  // Last resort if this process exits without stopping Prism (an uncaught error).
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  const state = { listening: false };
  const notImplemented = new Set<string>();
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (raw) => {
      const line = raw.replace(ANSI, '');
      output = `${output}${line}\n`.slice(-20_000);
      if (line.includes('Prism is listening on')) state.listening = true;
      const path = NOT_IMPLEMENTED.exec(line)?.[1];
      if (path !== undefined) notImplemented.add(path);
    });
  }
  const stop = () => stopChild(child);
  const url = baseUrl(host, port);
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  while (!state.listening) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stop();
      const why = Date.now() > deadline ? 'did not start in time' : 'exited before listening';
      throw new Error(`Prism ${why}:\n${output.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url, notImplemented, output: () => output, stop };
}
