import { spawn } from 'node:child_process';
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

/**
 * Runs the built command as a user does (`node <package.json bin> …`, built by `npm test`), with
 * a clean environment (no tokens or URLs from the caller's shell).
 */
export function run(
  bin: BinName,
  args: string[],
  { input, env = {}, cwd = ROOT, started }: RunOptions = {},
): Promise<Outcome> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(CSGHUB|CFGPU)_/.test(key)),
  );
  const child = spawn(process.execPath, [binPath(bin), ...args], {
    cwd,
    env: { ...clean, NO_COLOR: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(input ?? '');
  if (started && child.pid !== undefined) started(child.pid);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${bin} ${args.join(' ')} did not exit within 20 s\n${stderr}`));
    }, 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
