/**
 * A client run in a process of its own for a benchmark, so its CPU and peak RSS are its alone:
 * the entry bundled by esbuild and run by plain Node, as the CLIs run (through tsx its resident
 * memory would include tsx and esbuild's transforms, about 50 MB), asked by IPC message.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../tooling/apis.js';

/** Bundles `bench/<entry>.ts` to `build/bench-<entry>.mjs`; resolves to the bundle's path. */
export async function bundleClient(entry: string): Promise<string> {
  const outfile = path.join(ROOT, 'build', `bench-${entry}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, 'bench', `${entry}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** What every client answers when it cannot do what it was asked. */
type Failure = { error: string } | object;

export interface ClientChild<Request, Answer> {
  /** Sends one request; resolves to the answer, rejects if the process exits first. */
  ask: (request: Request) => Promise<Answer>;
  /** Kills the process and throws, naming the client and its error. */
  fail: (answer: Failure) => never;
  pid: number | undefined;
}

/** Starts the bundled client with `args`; `name` is how errors call it. */
export function startClientChild<Request, Answer>(
  bundle: string,
  args: string[],
  name: string,
): ClientChild<Request, Answer> {
  const child: ChildProcess = fork(bundle, args, { execArgv: [], cwd: ROOT });
  return {
    pid: child.pid,
    ask: (request) =>
      new Promise<Answer>((resolve, reject) => {
        const onExit = (code: number | null) => {
          reject(new Error(`the ${name} client process exited (${String(code)})`));
        };
        child.once('exit', onExit);
        child.once('message', (message: Answer) => {
          child.off('exit', onExit);
          resolve(message);
        });
        child.send(request as object);
      }),
    fail: (answer) => {
      child.kill();
      throw new Error(`the ${name} client: ${'error' in answer ? answer.error : 'no answer'}`);
    },
  };
}
