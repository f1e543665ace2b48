/** `csghub finetune jobs`: batch fine-tuning jobs (train a model on a dataset as a workflow). */
import type { Command } from 'commander';
import type { CSGHub, FinetuneJobLogsParams } from '../../src/csghub/index.js';
import {
  PER_PAGE_MAX,
  UsageError,
  LOG_SINCE as SINCE,
  confirm,
  oneOf,
  positiveInt,
  type CliContext,
} from '../common.js';

const SWIFT = ['sft', 'rlhf', 'pt'] as const;

/** A positive decimal such as `0.0001` or `1e-4`; nothing else `Number()` would take. */
function positiveNumber(name: string) {
  return (value: string): number => {
    const n = /^(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (!(n > 0) || !Number.isFinite(n)) {
      throw new UsageError(`${name} must be a positive number (got ${JSON.stringify(value)})`);
    }
    return n;
  };
}

interface CreateFlags {
  model: string;
  dataset: string;
  framework: number;
  resource: number;
  name?: string;
  description?: string;
  namespace?: string;
  epochs?: number;
  learningRate?: number;
  swiftCommand?: (typeof SWIFT)[number];
  customArgs?: string;
}

export function register(
  program: Command,
  { client, flags, requestOptions, output }: CliContext<CSGHub>,
): void {
  const finetune = program
    .command('finetune')
    .description('batch fine-tuning')
    .addHelpText(
      'after',
      '\nExamples:\n  csghub finetune jobs list\n  csghub finetune jobs logs 512 --follow',
    );
  const jobs = finetune
    .command('jobs')
    .description('batch fine-tuning jobs: a model trained on a dataset, published as a new model')
    .addHelpText(
      'after',
      '\nExamples:\n  csghub finetune jobs list\n  csghub finetune jobs get 512\n  csghub finetune jobs logs 512 --follow',
    );

  jobs
    .command('list')
    .description("your fine-tuning jobs, newest first (or another user's, with --user)")
    .option('--user <name>', "whose jobs (only that user's own token may ask); yours by default")
    .option('--per <n>', 'items per page, 1–100 (default 50)', positiveInt('--per', PER_PAGE_MAX))
    .addHelpText('after', '\nExample:\n  csghub finetune jobs list --json')
    .action(async (options: { user?: string; per?: number }) => {
      const csghub = await client();
      const username = options.user ?? (await csghub.me(requestOptions())).username;
      const page = await csghub.finetunes.jobs.list(
        username,
        options.per === undefined ? {} : { per: options.per },
        requestOptions(),
      );
      await output.rows(page.items, [
        { header: 'ID', value: (j) => j.id },
        { header: 'NAME', value: (j) => j.task_name },
        { header: 'MODEL', value: (j) => j.repo_ids?.join(', ') },
        { header: 'STATUS', value: (j) => j.status },
        { header: 'SUBMITTED', value: (j) => j.submit_time },
      ]);
    });

  jobs
    .command('get <id>')
    .description('one job and its state')
    .addHelpText('after', '\nExample:\n  csghub finetune jobs get 512 --json')
    .action(async (id: string) => {
      const job = await (
        await client()
      ).finetunes.jobs.get(positiveInt('id')(id), requestOptions());
      output.record(job, [
        'id',
        'task_name',
        'task_id',
        'status',
        'reason',
        'repo_ids',
        'datasets',
        'resource_name',
        'submit_time',
        'start_time',
        'end_time',
        'result_url',
      ]);
    });

  jobs
    .command('create')
    .description('submit a fine-tuning job (billed; not retried)')
    .requiredOption('--model <path>', 'model to fine-tune, namespace/name')
    .requiredOption('--dataset <path>', 'training dataset, namespace/name')
    .requiredOption(
      '--framework <id>',
      'fine-tuning runtime framework id',
      positiveInt('--framework'),
    )
    .requiredOption('--resource <id>', 'hardware offer id', positiveInt('--resource'))
    .option('--name <text>', 'name of the job')
    .option('--description <text>', 'description of the job')
    .option('--namespace <name>', 'user or organization that owns the job; you by default')
    .option('--epochs <n>', 'passes over the dataset', positiveInt('--epochs'))
    .option(
      '--learning-rate <x>',
      'learning rate (default 0.0001)',
      positiveNumber('--learning-rate'),
    )
    .option(
      '--swift-command <cmd>',
      'ms-swift command: sft, rlhf or pt',
      oneOf('--swift-command', SWIFT),
    )
    .option('--custom-args <text>', 'extra arguments for the training framework')
    .addHelpText(
      'after',
      '\nExample:\n  csghub finetune jobs create --model OpenCSG/csg-wukong-1B --dataset OpenCSG/alpaca-zh --framework 27 --resource 12 --epochs 3',
    )
    .action(async (options: CreateFlags) => {
      const optional = {
        task_name: options.name,
        task_desc: options.description,
        namespace: options.namespace,
        epochs: options.epochs,
        learning_rate: options.learningRate,
        swift_command: options.swiftCommand,
        custom_args: options.customArgs,
      };
      const job = await (
        await client()
      ).finetunes.jobs.create(
        {
          model_id: options.model,
          dataset_id: options.dataset,
          runtime_framework_id: options.framework,
          resource_id: options.resource,
          ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
        },
        requestOptions(),
      );
      output.record(job, ['id', 'task_name', 'task_id', 'status', 'resource_name']);
    });

  jobs
    .command('delete <id>')
    .description('delete a job, stopping it if it runs (asks first; --yes to skip)')
    .addHelpText('after', '\nExample:\n  csghub finetune jobs delete 512 --yes')
    .action(async (id: string) => {
      const jobId = positiveInt('id')(id);
      await confirm(flags(), `Delete fine-tuning job ${String(jobId)}?`);
      await (await client()).finetunes.jobs.delete(jobId, requestOptions());
      if (flags().json) output.json(null);
      else output.say(`deleted  ${String(jobId)}`);
    });

  jobs
    .command('logs <id>')
    .description("a job's log (id or task id); --follow streams it until interrupted")
    .option('--since <when>', `how far back: ${SINCE.join(', ')}`, oneOf('--since', SINCE))
    .option('--follow', 'stream new lines as they are written')
    .addHelpText(
      'after',
      '\nExamples:\n  csghub finetune jobs logs 512\n  csghub finetune jobs logs 512 --follow --since 1hour',
    )
    .action(async (id: string, options: { since?: (typeof SINCE)[number]; follow?: boolean }) => {
      if (id === '' || id.includes('/'))
        throw new UsageError(`id must be a job id or task id (got ${JSON.stringify(id)})`);
      const params: FinetuneJobLogsParams =
        options.since === undefined ? {} : { since: options.since };
      const csghub = await client();
      if (!options.follow) {
        const text = await csghub.finetunes.jobs.logs(id, params, requestOptions());
        if (flags().json) output.json(text);
        else if (text !== '') output.say(text);
        return;
      }
      for await (const line of csghub.finetunes.jobs.streamLogs(id, params, requestOptions())) {
        if (flags().json) output.json(line);
        else output.say(line.line);
      }
    });
}
