/** curl as a benchmark's baseline: its own timing, and its CPU from `/usr/bin/time`. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { onCpu } from './pin.js';

/** One transfer: wall seconds and CPU seconds (user and system). */
export interface Run {
  seconds: number;
  cpu: number;
}

const TIME = '/usr/bin/time';

/**
 * Runs curl with `args` (ending in the URL), adding `-w '%{<sizeVariable>} %{time_total}'`;
 * resolves to the seconds curl measured and its CPU seconds as `/usr/bin/time` measured them
 * (NaN without it). Rejects unless curl exits 0 having moved exactly `bytes`.
 */
export function runCurl(
  args: string[],
  sizeVariable: 'size_download' | 'size_upload',
  bytes: number,
  what: string,
  /** The CPU to run curl on (bench/pin.ts), if any. */
  cpu?: number,
): Promise<Run> {
  const full = ['-w', `%{${sizeVariable}} %{time_total}`, ...args];
  const timed = existsSync(TIME);
  return new Promise((resolve, reject) => {
    const [file, ...rest] = [
      ...(timed ? [TIME, '-f', '%U %S'] : []),
      ...(cpu === undefined ? ['curl'] : onCpu(['curl'], cpu)),
      ...full,
    ];
    const child = spawn(file as string, rest);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const [size, seconds] = out.trim().split(' ').map(Number);
      const [user = Number.NaN, system = Number.NaN] = timed
        ? (err.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
        : [];
      if (code !== 0 || size !== bytes || seconds === undefined) {
        reject(new Error(`${what} failed (exit ${String(code)}, ${out}): ${err.trim()}`));
      } else resolve({ seconds, cpu: user + system });
    });
  });
}
