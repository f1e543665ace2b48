/**
 * `csghub spaces status`, and what the deploy commands share: a deploy's state, or waiting until
 * it runs.
 */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import { TIMEOUT_MAX, positiveInt, type CliContext } from '../common.js';

/** Adds `--wait` and `--timeout` to a status command. */
export function waitOptions(command: Command): Command {
  return command
    .option('--wait', 'follow the state until it is Running (fails fast on a failed deploy)')
    .option(
      '--timeout <seconds>',
      'give up after this long, up to 86400 (default 900 with --wait, else 60)',
      positiveInt('--timeout', TIMEOUT_MAX),
    );
}

export interface WaitFlags {
  wait?: boolean;
  timeout?: number;
}

interface StatusReading {
  status: string;
  message?: string;
}

/** What `get` shows of a deploy, in this order. */
export const DEPLOY_FIELDS = [
  'deploy_id',
  'deploy_name',
  'model_id',
  'status',
  'reason',
  'message',
  'endpoint',
  'private',
  'runtime_framework',
  'image_id',
  'hardware',
  'git_branch',
  'min_replica',
  'max_replica',
  'actual_replica',
  'engine_args',
  'created_at',
  'updated_at',
];

/** Without `--wait`, how long the first reading may take: the client's own request timeout. */
const FIRST_READING_SECONDS = 60;

/**
 * Prints a deploy's state: with `--wait`, once it is running; otherwise the first reading of
 * its status stream, which never ends by itself and starts with the current state. Comments
 * and other events keep the stream's connection alive, so the first reading has a deadline of
 * its own.
 */
export async function showStatus(
  { output, requestOptions }: CliContext<CSGHub>,
  options: WaitFlags,
  wait: () => Promise<StatusReading>,
  stream: (options: { signal: AbortSignal }) => AsyncIterable<StatusReading>,
): Promise<void> {
  const fields = ['status', 'message'];
  if (options.wait) {
    output.record(await wait(), fields);
    return;
  }
  const seconds = options.timeout ?? FIRST_READING_SECONDS;
  const deadline = AbortSignal.timeout(seconds * 1000);
  const interrupted = requestOptions().signal;
  try {
    for await (const event of stream({ signal: AbortSignal.any([interrupted, deadline]) })) {
      output.record(event, fields);
      break;
    }
  } catch (error) {
    if (deadline.aborted && !interrupted.aborted) {
      throw new Error(`no status reading within ${String(seconds)} s`, { cause: error });
    }
    throw error;
  }
}

/** Wait options from `--timeout` that say each new state of `what` on stderr (not with --json). */
export function waitSettings(
  { signal, flags, output }: CliContext<CSGHub>,
  what: string,
  options: WaitFlags,
) {
  return {
    timeoutMs: (options.timeout ?? 900) * 1000,
    signal,
    onStatus: (state: string) => {
      if (!flags().json) output.note(`${what} is ${state}`);
    },
  };
}

/** Registers after `repositories`: `status` joins the `spaces` group it created. */
export function register(program: Command, context: CliContext<CSGHub>): void {
  const { client } = context;

  const spaces = program.commands.find((command) => command.name() === 'spaces') ?? program;
  waitOptions(
    spaces
      .command('status <namespace/name>')
      .description("the space's deploy state (with --wait: until it runs)")
      .addHelpText(
        'after',
        '\nExamples:\n  csghub spaces status OpenCSG/wukong-chat\n  csghub spaces status OpenCSG/wukong-chat --wait',
      ),
  ).action(async (id: string, options: WaitFlags) => {
    const csghub = await client();
    await showStatus(
      context,
      options,
      () => csghub.spaces.waitFor(id, 'Running', waitSettings(context, id, options)),
      (request) => csghub.spaces.streamStatus(id, request),
    );
  });
}
