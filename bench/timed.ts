/** A command run for a benchmark, its CPU and peak memory as `/usr/bin/time` measured them. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = '/usr/bin/time';

export interface TimedRun {
  code: number | null;
  stdout: string;
  /** The command's own error output, without `/usr/bin/time`'s line. */
  stderr: string;
  /** Wall seconds from spawn to exit, as this process saw them. */
  seconds: number;
  /** User and system CPU seconds; NaN without `/usr/bin/time`. */
  cpu: number;
  /** Peak RSS in bytes; NaN without `/usr/bin/time`. */
  maxRss: number;
}

/** Runs `command` (program first) under `/usr/bin/time` when there is one. */
export function runTimed(command: string[], env?: NodeJS.ProcessEnv): Promise<TimedRun> {
  const timed = existsSync(TIME);
  const [file, ...args] = timed ? [TIME, '-f', '%U %S %M', ...command] : command;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file as string, args, env ? { env } : {});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const lines = stderr.trimEnd().split('\n');
      const last = timed ? (lines.pop() ?? '') : '';
      const [user = Number.NaN, system = Number.NaN, kib = Number.NaN] = timed
        ? last.split(' ').map(Number)
        : [];
      resolve({
        code,
        stdout,
        stderr: timed ? lines.join('\n') : stderr,
        seconds,
        cpu: user + system,
        maxRss: kib * 1024,
      });
    });
  });
}
