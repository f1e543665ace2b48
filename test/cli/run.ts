import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { ROOT } from '../../tooling/apis.js';
import { binPath, type BinName } from '../../scripts/lib/bins.js';

export const mockUrls = inject('mockUrls');

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to stdin, which is then closed. */
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Called once the process is running (e.g. to signal it). */
  started?: (pid: number) => void;
}

/** A home of its own for each test: no config file unless the test writes one. */
export const freshHome = () => mkdtemp(path.join(os.tmpdir(), 'csgkit-cli-'));

/** The caller's environment without tokens or URLs from its shell. */
function cleanEnv(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(CSGHUB|CFGPU)_/.test(key)),
  );
}

/** What `child` wrote, once it exits; killed and rejected after 20 s. */
function outcomeOf(child: ChildProcess, what: string) {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<Outcome>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not exit within 20 s\n${stdout}\n${stderr}`));
    }, 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Runs the built command as a user does (`node <package.json bin> …`, built by `npm test`), with
 * a clean environment (no tokens or URLs from the caller's shell).
 */
export function run(
  bin: BinName,
  args: string[],
  { input, env = {}, cwd = ROOT, started }: RunOptions = {},
): Promise<Outcome> {
  const child = spawn(process.execPath, [binPath(bin), ...args], {
    cwd,
    env: { ...cleanEnv(), NO_COLOR: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const outcome = outcomeOf(child, `${bin} ${args.join(' ')}`);
  child.stdin.end(input ?? '');
  if (started && child.pid !== undefined) started(child.pid);
  return outcome;
}

/** `text` as one word for `sh`, whatever it holds. */
const shellWord = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the built command on a pseudo-terminal, as a user at a terminal runs it (util-linux
 * `script`), so that what it shows only on a terminal (progress bars) is shown. `stdout` is all
 * the terminal got, stderr included; `stderr` is `script`'s own.
 */
export function runInTerminal(
  bin: BinName,
  args: string[],
  { env = {}, cwd = ROOT }: Pick<RunOptions, 'env' | 'cwd'> = {},
): Promise<Outcome> {
  const command = [process.execPath, binPath(bin), ...args].map(shellWord).join(' ');
  const child = spawn('script', ['-qefc', command, '/dev/null'], {
    cwd,
    env: { ...cleanEnv(), NO_COLOR: '1', TERM: 'xterm', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return outcomeOf(child, `${bin} ${args.join(' ')} on a terminal`);
}
