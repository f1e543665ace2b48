/**
 * CPU placement for the transfer benchmarks: on a machine of two CPUs, two busy processes (the
 * mock and a reader) share them as the scheduler likes, and each round of a short transfer lands
 * one way or the other; curl's 1 GiB download took 0.3 s or 0.8 s from one round to the next.
 * Pinning the mock to the first CPU and every reader (curl, Node's `fetch` in the benchmark's
 * own process, the client processes) to the second gives every reader the same placement.
 * Nothing is pinned without `taskset` or on one CPU.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';

const TASKSET = '/usr/bin/taskset';

/** Whether processes are pinned: `taskset` exists and there are at least two CPUs. */
export const pinning = existsSync(TASKSET) && os.availableParallelism() >= 2;

/** The CPU of the mock, and the CPU of the readers. */
export const SERVER_CPU = 0;
export const READER_CPU = 1;

/** Pins every thread of process `pid` to `cpu` (when pinning); returns whether it did. */
export function pin(pid: number | undefined, cpu: number): boolean {
  if (!pinning || pid === undefined) return false;
  execFileSync(TASKSET, ['-a', '-p', '-c', String(cpu), String(pid)], { stdio: 'ignore' });
  return true;
}

/** Lets process `pid` run on every CPU again (when pinning). */
export function unpin(pid: number | undefined): void {
  if (!pinning || pid === undefined) return;
  const all = `0-${String(os.availableParallelism() - 1)}`;
  execFileSync(TASKSET, ['-a', '-p', '-c', all, String(pid)], { stdio: 'ignore' });
}

/** `command` prefixed to run on `cpu` (when pinning). */
export const onCpu = (command: string[], cpu: number): string[] =>
  pinning ? [TASKSET, '-c', String(cpu), ...command] : command;
