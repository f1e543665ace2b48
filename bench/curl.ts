/** curl as a benchmark's baseline: its own timing, and its CPU from `/usr/bin/time`. */
import { onCpu } from './pin.js';
import { runTimed } from './timed.js';

/** One transfer: wall seconds and CPU seconds (user and system). */
export interface Run {
  seconds: number;
  cpu: number;
}

/**
 * Runs curl with `args` (ending in the URL), adding `-w '%{<sizeVariable>} %{time_total}'`;
 * resolves to the seconds curl measured and its CPU seconds as `/usr/bin/time` measured them
 * (NaN without it). Rejects unless curl exits 0 having moved exactly `bytes`.
 */
export async function runCurl(
  args: string[],
  sizeVariable: 'size_download' | 'size_upload',
  bytes: number,
  what: string,
  /** The CPU to run curl on (bench/pin.ts), if any. */
  cpu?: number,
): Promise<Run> {
  const curl = cpu === undefined ? ['curl'] : onCpu(['curl'], cpu);
  const run = await runTimed([...curl, '-w', `%{${sizeVariable}} %{time_total}`, ...args]);
  const [size, seconds] = run.stdout.trim().split(' ').map(Number);
  if (run.code !== 0 || size !== bytes || seconds === undefined) {
    throw new Error(
      `${what} failed (exit ${String(run.code)}, ${run.stdout}): ${run.stderr.trim()}`,
    );
  }
  return { seconds, cpu: run.cpu };
}
