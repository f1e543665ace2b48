/**
 * `csghub endpoints` and `csghub serverless`: a model's dedicated inference endpoints (the
 * hub's model runs) and its serverless deploy. What can serve a model and on which hardware,
 * then deploy, change, follow, read the logs of, stop, start and delete.
 */
import type { Command } from 'commander';
import type {
  CSGHub,
  Deploy,
  RunCreateParams,
  RunUpdateParams,
  Runs,
  Serverless,
  SpaceResource,
} from '../../src/csghub/index.js';
import { LOG_SINCE, UsageError, confirm, oneOf, positiveInt, type CliContext } from '../common.js';
import { DEPLOY_FIELDS, showStatus, waitOptions, waitSettings, type WaitFlags } from './status.js';

/** The hub's rule for deploy names (`deploy_name`): 2–64 characters. */
const NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*[a-zA-Z0-9]$/;
const NAME_MAX = 64;

/** `--name`: refused here, as the hub would refuse it, before anything is created. */
function deployName(value: string): string {
  if (value.length > NAME_MAX || !NAME.test(value) || /([_.-])\1/.test(value)) {
    throw new UsageError(
      `--name must be 2–${String(NAME_MAX)} letters, digits, "-", "_" or "." starting with a letter, ending with a letter or digit, with no "-", "_" or "." twice in a row (got ${JSON.stringify(value)})`,
    );
  }
  return value;
}

/** A whole number from 0 (`--min-replicas 0` lets an idle endpoint sleep). */
function replicas(name: string) {
  const positive = positiveInt(name, 100);
  return (value: string): number => (value === '0' ? 0 : positive(value));
}

/** Collects repeated `key=value` options into an object, refusing a missing key or `=`. */
function keyValue(name: string) {
  return (value: string, previous: Record<string, string> = {}): Record<string, string> => {
    const at = value.indexOf('=');
    if (at <= 0) throw new UsageError(`${name} must be key=value (got ${JSON.stringify(value)})`);
    return { ...previous, [value.slice(0, at)]: value.slice(at + 1) };
  };
}

/** The settings `create` and `update` share; `update` sends only those given. */
interface SettingFlags extends WaitFlags {
  name?: string;
  framework?: number;
  resource?: number;
  minReplicas?: number;
  maxReplicas?: number;
  revision?: string;
  public?: boolean;
  engineArg?: Record<string, string>;
  env?: Record<string, string>;
  entrypoint?: string;
}

interface CreateFlags extends SettingFlags {
  name: string;
  framework: number;
  resource: number;
  owner?: string;
}

interface UpdateFlags extends SettingFlags {
  private?: boolean;
  restart?: boolean;
}

/** Refuses what the hub refuses of replica counts: min above max, or max 0. */
function checkReplicas(min: number | undefined, max: number | undefined): void {
  if (max === 0) throw new UsageError('--max-replicas must be 1 or more');
  if (min !== undefined && max !== undefined && min > max) {
    throw new UsageError(
      `--min-replicas (${String(min)}) must not exceed --max-replicas (${String(max)})`,
    );
  }
}

/** The settings both `create` and `update` take. */
type Settings = Pick<
  RunUpdateParams,
  | 'deploy_name'
  | 'runtime_framework_id'
  | 'resource_id'
  | 'min_replica'
  | 'max_replica'
  | 'revision'
  | 'engine_args'
  | 'env'
  | 'entrypoint'
>;

/** The settings the flags give, in the hub's names; maps become the JSON text it takes. */
function settingsOf(options: SettingFlags): Settings {
  const settings = {
    deploy_name: options.name,
    runtime_framework_id: options.framework,
    resource_id: options.resource,
    min_replica: options.minReplicas,
    max_replica: options.maxReplicas,
    revision: options.revision,
    engine_args: options.engineArg && JSON.stringify(options.engineArg),
    env: options.env && JSON.stringify(options.env),
    entrypoint: options.entrypoint,
  };
  // Only the flags given: an update sends nothing it was not asked to change.
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
}

/**
 * Settings of a new deploy from the flags; replicas default to one, and min ≤ max. A
 * serverless deploy is always public (the hub forces it).
 */
function createParams(options: CreateFlags, alwaysPublic: boolean): RunCreateParams {
  const min = options.minReplicas ?? 1;
  const max = options.maxReplicas ?? Math.max(min, 1);
  checkReplicas(min, max);
  return {
    ...settingsOf(options),
    deploy_name: options.name,
    runtime_framework_id: options.framework,
    resource_id: options.resource,
    min_replica: min,
    max_replica: max,
    secure_level: options.public || alwaysPublic ? 1 : 2,
    ...(options.owner !== undefined && { owner_namespace: options.owner }),
  };
}

/** The changes the flags ask for: at least one. */
function updateParams(options: UpdateFlags): RunUpdateParams {
  if (options.public && options.private) {
    throw new UsageError('--public and --private cannot be given together');
  }
  checkReplicas(options.minReplicas, options.maxReplicas);
  const secure: 1 | 2 | undefined = options.public ? 1 : options.private ? 2 : undefined;
  const params = { ...settingsOf(options), ...(secure !== undefined && { secure_level: secure }) };
  if (Object.keys(params).length === 0) {
    throw new UsageError('nothing to change: give at least one setting (see --help)');
  }
  return params;
}

/** Adds the settings that `create` and `update` share, optional ones as options. */
function settingOptions(command: Command): Command {
  return command
    .option(
      '--min-replicas <n>',
      'fewest replicas, 0 lets it sleep when idle',
      replicas('--min-replicas'),
    )
    .option('--max-replicas <n>', 'most replicas under load', replicas('--max-replicas'))
    .option('--revision <ref>', 'branch, tag or commit to serve')
    .option('--public', 'anyone may call it, not only users who can read the model')
    .option(
      '--engine-arg <key=value>',
      'runtime argument, e.g. max-model-len=4096 (repeatable)',
      keyValue('--engine-arg'),
    )
    .option(
      '--env <KEY=VALUE>',
      'environment variable of the containers (repeatable)',
      keyValue('--env'),
    )
    .option('--entrypoint <file>', 'model file to serve (GGUF runtimes such as llama.cpp)');
}

/** An offer's price in CNY (the hub counts cents), e.g. `0.012 CNY per minute`; empty when unpriced. */
function price(offer: SpaceResource): string {
  if (offer.price_undefined || offer.price_unit_type === '') return '';
  const unit = offer.price_unit > 1 ? `${String(offer.price_unit)} ` : '';
  return `${String(Number((offer.price / 100).toPrecision(6)))} CNY per ${unit}${offer.price_unit_type}`;
}

const deployId = (value: string) => positiveInt('deployId')(value);

/** One kind of model deploy the commands below drive. */
interface DeployKind {
  /** The command group's name. */
  command: 'endpoints' | 'serverless';
  /** What one is called in messages. */
  noun: string;
  /** Its resource on the client. */
  of: (csghub: CSGHub) => Runs | Serverless;
  /** An example deploy id for the help texts. */
  exampleId: number;
}

const EXAMPLE_MODEL = 'OpenCSG/csg-wukong-1B';

/**
 * The commands both kinds share: create, update, status, logs, start and stop. Creating and
 * changing check the settings as the hub does before sending; changes the hub makes only to a
 * stopped deploy can stop, change and start it (`--restart`).
 */
function deployCommands(
  group: Command,
  kind: DeployKind,
  context: CliContext<CSGHub>,
): { create: Command; update: Command; logs: Command; stop: Command } {
  const { client, flags, requestOptions, output } = context;
  const { command: name, noun } = kind;
  const example = `${EXAMPLE_MODEL} ${String(kind.exampleId)}`;
  const say = (text: string) => {
    if (!flags().json) output.note(text);
  };

  const create = waitOptions(
    settingOptions(group.command('create <namespace/name>'))
      .requiredOption('--name <name>', `name of the ${noun}`, deployName)
      .requiredOption(
        '--framework <id>',
        'runtime framework version id (see `endpoints frameworks`)',
        positiveInt('--framework'),
      )
      .requiredOption(
        '--resource <id>',
        'hardware offer id (see `endpoints resources`)',
        positiveInt('--resource'),
      ),
  ).action(async (model: string, options: CreateFlags) => {
    const params = createParams(options, kind.command === 'serverless');
    const deploys = kind.of(await client());
    const { deploy_id: id } = await deploys.create(model, params, requestOptions());
    if (!options.wait) {
      output.record({ deploy_id: id }, ['deploy_id']);
      say(`follow it: csghub ${name} status ${model} ${String(id)} --wait`);
      return;
    }
    // The deploy exists from here on, whatever the wait does: say which it is first.
    say(`created ${noun} ${String(id)}; waiting until it runs`);
    await deploys.waitFor(
      model,
      id,
      'Running',
      waitSettings(context, `${noun} ${String(id)}`, options),
    );
    output.record(await deploys.get(model, id, requestOptions()), DEPLOY_FIELDS);
  });

  const update = waitOptions(
    settingOptions(
      group
        .command('update <namespace/name> <deployId>')
        .description(
          `change the ${noun}; replicas, hardware, runtime and arguments need it stopped (--restart does that)`,
        )
        .option('--name <name>', 'new name', deployName)
        .option('--framework <id>', 'runtime framework version id', positiveInt('--framework'))
        .option('--resource <id>', 'hardware offer id', positiveInt('--resource'))
        .option(
          '--restart',
          'if it must be stopped for the change, stop it, change it and start it again',
        ),
    ),
  )
    .addHelpText(
      'after',
      `
Examples:
  csghub ${name} update ${example} --min-replicas 0 --max-replicas 2 --restart --wait`,
    )
    .action(async (model: string, id: string, options: UpdateFlags) => {
      const deploy = deployId(id);
      const params = updateParams(options);
      if (options.wait && !options.restart) {
        throw new UsageError('--wait follows the restart: give it with --restart');
      }
      const [csghub, { APIError }] = await Promise.all([
        client(),
        import('../../src/csghub/index.js'),
      ]);
      const deploys = kind.of(csghub);
      const following = waitSettings(context, `${noun} ${id}`, options);
      const mustStop = (error: unknown) =>
        error instanceof APIError && error.code === 'DEPLOY-ERR-1';
      try {
        await deploys.update(model, deploy, params, requestOptions());
      } catch (error) {
        if (!mustStop(error)) throw error;
        if (!options.restart) {
          say(`stop it first (csghub ${name} stop ${model} ${id}), or add --restart`);
          throw error;
        }
        say(`${noun} ${id} runs: stopping it to change it`);
        await stopDeploy(csghub, kind, model, deploy, false, requestOptions());
        await deploys.waitFor(model, deploy, 'Stopped', following);
        try {
          await deploys.update(model, deploy, params, requestOptions());
        } catch (failed) {
          say(
            `${noun} ${id} is stopped and unchanged; start it with: csghub ${name} start ${model} ${id}`,
          );
          throw failed;
        }
        await deploys.start(model, deploy, requestOptions());
        if (options.wait) {
          say(`changed ${noun} ${id}; waiting until it runs`);
          await deploys.waitFor(model, deploy, 'Running', following);
        }
      }
      if (flags().json) output.json(null);
      else output.say(`updated  ${String(deploy)}`);
    });

  waitOptions(
    group
      .command('status <namespace/name> <deployId>')
      .description(`the ${noun}'s state (with --wait: until it runs)`)
      .addHelpText('after', `\nExample:\n  csghub ${name} status ${example} --wait`),
  ).action(async (model: string, id: string, options: WaitFlags) => {
    const deploy = deployId(id);
    const deploys = kind.of(await client());
    await showStatus(
      context,
      options,
      () =>
        deploys.waitFor(model, deploy, 'Running', waitSettings(context, `${noun} ${id}`, options)),
      (request) => deploys.streamStatus(model, deploy, request),
    );
  });

  const logs = group
    .command('logs <namespace/name> <deployId>')
    .description(`the ${noun}'s container log, past then new lines, until interrupted`)
    .option('--since <when>', `how far back: ${LOG_SINCE.join(', ')}`, oneOf('--since', LOG_SINCE))
    .option('--instance <name>', 'one instance (pod) only, as `get --json` lists them')
    .addHelpText('after', `\nExample:\n  csghub ${name} logs ${example} --since 10mins`)
    .action(
      async (
        model: string,
        id: string,
        options: { since?: (typeof LOG_SINCE)[number]; instance?: string; limit?: number },
      ) => {
        const deploy = deployId(id);
        const params = {
          ...(options.since !== undefined && { since: options.since }),
          ...(options.instance !== undefined && { instance: options.instance }),
          ...(options.limit !== undefined && { limit: options.limit }),
        };
        const lines = kind.of(await client()).streamLogs(model, deploy, params, requestOptions());
        for await (const line of lines) {
          if (flags().json) output.json(line);
          else output.say(line.line);
        }
      },
    );

  const change = (verb: 'stop' | 'start', done: string, description: string) =>
    group
      .command(`${verb} <namespace/name> <deployId>`)
      .description(description)
      .addHelpText('after', `\nExample:\n  csghub ${name} ${verb} ${example}`)
      .action(async (model: string, id: string, options: { force?: boolean }) => {
        const deploy = deployId(id);
        const csghub = await client();
        if (verb === 'start') await kind.of(csghub).start(model, deploy, requestOptions());
        else
          await stopDeploy(csghub, kind, model, deploy, options.force ?? false, requestOptions());
        if (flags().json) output.json(null);
        else output.say(`${done}  ${String(deploy)}`);
      });
  const stop = change(
    'stop',
    'stopped',
    `stop the ${noun}; its settings are kept for a later start`,
  );
  change('start', 'starting', `start a stopped ${noun} with its saved settings (not retried)`);
  return { create, update, logs, stop };
}

/** Stops a deploy: the serverless route takes `force`, the endpoints' none. */
function stopDeploy(
  csghub: CSGHub,
  kind: DeployKind,
  model: string,
  id: number,
  force: boolean,
  options: { signal: AbortSignal },
): Promise<unknown> {
  if (kind.command === 'serverless') {
    return csghub.models.serverless.stop(model, id, force ? { force } : {}, options);
  }
  return csghub.models.runs.stop(model, id, options);
}

export function register(program: Command, context: CliContext<CSGHub>): void {
  const { client, flags, requestOptions, output } = context;

  const serverless = program
    .command('serverless')
    .description(
      "a model's serverless inference deploy (all but reading it needs an administrator)",
    )
    .addHelpText(
      'after',
      `
Examples:
  csghub serverless get ${EXAMPLE_MODEL}
  csghub serverless status ${EXAMPLE_MODEL} 42 --wait
  csghub serverless logs ${EXAMPLE_MODEL} 42 --limit 200`,
    );
  serverless
    .command('get <namespace/name>')
    .description("the model's serverless deploy (a model has at most one): its id and state")
    .addHelpText('after', `\nExample:\n  csghub serverless get ${EXAMPLE_MODEL} --json`)
    .action(async (model: string) => {
      const deploy = await (await client()).models.serverless.getForModel(model, requestOptions());
      if (deploy === null && !flags().json) output.say(`${model} has no serverless deploy`);
      else output.record(deploy, DEPLOY_FIELDS);
    });
  const shared = deployCommands(
    serverless,
    {
      command: 'serverless',
      noun: 'serverless deploy',
      of: (c) => c.models.serverless,
      exampleId: 42,
    },
    context,
  );
  shared.create
    .description(
      'deploy the model as serverless inference, always public; a model has at most one, so when it has one its id is answered and nothing changes',
    )
    .addHelpText(
      'after',
      `\nExample:\n  csghub serverless create ${EXAMPLE_MODEL} --name wukong-serverless --framework 12 --resource 12 --min-replicas 0 --max-replicas 4 --wait`,
    );
  shared.logs.option(
    '--limit <n>',
    'at most this many past lines before the new ones',
    positiveInt('--limit'),
  );
  shared.stop.option(
    '--force',
    'mark it stopped even when its containers cannot be confirmed gone',
  );
  serverless
    .command('delete <namespace/name>')
    .description("delete the model's serverless deploy (asks first; --yes to skip)")
    .addHelpText('after', `\nExample:\n  csghub serverless delete ${EXAMPLE_MODEL} --yes`)
    .action(async (model: string) => {
      await confirm(flags(), `Delete the serverless deploy of ${model}?`);
      await (await client()).models.serverless.delete(model, requestOptions());
      if (flags().json) output.json(null);
      else output.say(`deleted  ${model} serverless deploy`);
    });

  const endpoints = program
    .command('endpoints')
    .description("a model's dedicated inference endpoints: deploy, follow, stop, delete")
    .addHelpText(
      'after',
      `
Examples:
  csghub endpoints frameworks ${EXAMPLE_MODEL}
  csghub endpoints resources
  csghub endpoints create ${EXAMPLE_MODEL} --name wukong-chat --framework 12 --resource 12 --wait
  csghub endpoints list ${EXAMPLE_MODEL}
  csghub endpoints update ${EXAMPLE_MODEL} 3187 --max-replicas 2 --restart --wait
  csghub endpoints logs ${EXAMPLE_MODEL} 3187 --since 1hour
  csghub endpoints delete ${EXAMPLE_MODEL} 3187 --yes`,
    );

  endpoints
    .command('frameworks <namespace/name>')
    .description(
      'the runtime framework versions that can serve the model: the --framework of create',
    )
    .addHelpText('after', '\nExample:\n  csghub endpoints frameworks OpenCSG/csg-wukong-1B')
    .action(async (model: string) => {
      const frameworks = await (
        await client()
      ).runtimeFrameworks.listForModel(model, { deploy_type: 1 }, requestOptions());
      if (flags().json) {
        output.json(frameworks);
        return;
      }
      const versions = frameworks.flatMap((f) => f.versions ?? []);
      await output.table(versions, [
        { header: 'ID', value: (v) => v.id },
        { header: 'FRAMEWORK', value: (v) => v.frame_name },
        { header: 'VERSION', value: (v) => v.frame_version },
        { header: 'COMPUTE', value: (v) => v.compute_type },
        { header: 'ENABLED', value: (v) => (v.enabled === 1 ? 'yes' : 'no') },
        { header: 'IMAGE', value: (v) => v.frame_image },
      ]);
    });

  endpoints
    .command('resources')
    .description('the hardware endpoints can run on: the --resource of create')
    .option('--cluster <id>', 'only the offers of this cluster')
    .option('--available', 'only offers the cluster has room for now')
    .addHelpText('after', '\nExample:\n  csghub endpoints resources --available')
    .action(async (options: { cluster?: string; available?: boolean }) => {
      const pages = (await client()).spaceResources.list(
        {
          deploy_type: 1,
          ...(options.cluster !== undefined && { cluster_id: [options.cluster] }),
          ...(options.available && { is_available: true }),
        },
        requestOptions(),
      );
      const offers = [];
      for await (const offer of pages) offers.push(offer);
      await output.rows(offers, [
        { header: 'ID', value: (r) => r.id },
        { header: 'NAME', value: (r) => r.name },
        { header: 'TYPE', value: (r) => r.type },
        { header: 'REGION', value: (r) => r.cluster_region },
        { header: 'AVAILABLE', value: (r) => (r.is_available ? 'yes' : 'no') },
        { header: 'PRICE', value: price },
      ]);
    });

  endpoints
    .command('list <namespace/name>')
    .description('your endpoints of the model (and its fine-tuning instances), newest first')
    .addHelpText('after', '\nExample:\n  csghub endpoints list OpenCSG/csg-wukong-1B --json')
    .action(async (model: string) => {
      const deploys = await (await client()).models.runs.list(model, requestOptions());
      await output.rows(deploys, [
        { header: 'ID', value: (d: Deploy) => d.deploy_id },
        { header: 'NAME', value: (d) => d.deploy_name },
        { header: 'STATUS', value: (d) => d.status },
        { header: 'FRAMEWORK', value: (d) => d.runtime_framework },
        {
          header: 'REPLICAS',
          value: (d) => `${String(d.min_replica ?? 0)}–${String(d.max_replica ?? 0)}`,
        },
        { header: 'ENDPOINT', value: (d) => d.endpoint },
      ]);
    });

  endpoints
    .command('get <namespace/name> <deployId>')
    .description('one endpoint: its state, address, hardware and settings')
    .addHelpText('after', '\nExample:\n  csghub endpoints get OpenCSG/csg-wukong-1B 3187')
    .action(async (model: string, id: string) => {
      const deploy = await (await client()).models.runs.get(model, deployId(id), requestOptions());
      output.record(deploy, DEPLOY_FIELDS);
    });

  const own = deployCommands(
    endpoints,
    { command: 'endpoints', noun: 'endpoint', of: (c) => c.models.runs, exampleId: 3187 },
    context,
  );
  own.create
    .description(
      'deploy the model as a dedicated endpoint (billed; not retried): one replica and private unless the flags say otherwise',
    )
    .option('--owner <namespace>', 'organization to create it under (and bill); you by default')
    .addHelpText(
      'after',
      `\nExample:\n  csghub endpoints create ${EXAMPLE_MODEL} --name wukong-chat --framework 12 --resource 12 --engine-arg max-model-len=4096 --wait`,
    );
  own.update.option('--private', 'only users who can read the model may call it');
  endpoints
    .command('wakeup <namespace/name> <deployId>')
    .description('ask an endpoint that scaled to zero for a replica again')
    .addHelpText('after', `\nExample:\n  csghub endpoints wakeup ${EXAMPLE_MODEL} 3187`)
    .action(async (model: string, id: string) => {
      const deploy = deployId(id);
      await (await client()).models.runs.wakeup(model, deploy, requestOptions());
      if (flags().json) output.json(null);
      else output.say(`waking  ${String(deploy)}`);
    });

  endpoints
    .command('delete <namespace/name> <deployId>')
    .description('delete the endpoint and release its hardware (asks first; --yes to skip)')
    .addHelpText('after', '\nExample:\n  csghub endpoints delete OpenCSG/csg-wukong-1B 3187 --yes')
    .action(async (model: string, id: string) => {
      const deploy = deployId(id);
      await confirm(flags(), `Delete endpoint ${String(deploy)} of ${model}?`);
      await (await client()).models.runs.delete(model, deploy, requestOptions());
      if (flags().json) output.json(null);
      else output.say(`deleted  ${String(deploy)}`);
    });
}
