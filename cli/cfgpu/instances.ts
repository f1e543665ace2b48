/** `cfgpu instances`: list, create, start, stop, release and re-image instances. */
import { Option, type Command } from 'commander';
import {
  INSTANCE_STATUS_CODES,
  type CFGPU,
  type Instance,
  type InstanceStatusCode,
} from '../../src/cfgpu/index.js';
import { PER_PAGE_MAX, TIMEOUT_MAX, confirm, positiveInt, type CliContext } from '../common.js';

const INSTANCE_COLUMNS = [
  { header: 'ID', value: (i: Instance) => i.instanceId },
  { header: 'NAME', value: (i: Instance) => i.instanceName },
  { header: 'STATUS', value: (i: Instance) => i.statusCode },
  { header: 'REGION', value: (i: Instance) => i.region ?? i.regionCode },
  { header: 'GPU', value: (i: Instance) => (i.gpuName ? `${i.gpus ?? 1}× ${i.gpuName}` : '') },
  { header: 'IMAGE', value: (i: Instance) => i.imageName ?? i.imageId },
];

/** Adds `--wait [status]` and `--timeout`, and waits when asked. */
function waitOption(command: Command, target: InstanceStatusCode): Command {
  return command
    .addOption(
      new Option(
        '--wait [status]',
        `wait until the instance is in this state (default ${target})`,
      ).choices(INSTANCE_STATUS_CODES),
    )
    .option(
      '--timeout <seconds>',
      'give up waiting after this long, up to 86400 (default 900)',
      positiveInt('--timeout', TIMEOUT_MAX),
    );
}

/** Prints the id, or with `--wait` the state the instance reached. */
async function waitIfAsked(
  { flags, signal, output }: CliContext<CFGPU>,
  cfgpu: CFGPU,
  instanceId: string,
  options: { wait?: InstanceStatusCode | true; timeout?: number },
  target: InstanceStatusCode,
): Promise<void> {
  if (!options.wait) {
    if (!flags().json) output.say(instanceId);
    return;
  }
  const goal = options.wait === true ? target : options.wait;
  if (!flags().json) output.note(`waiting for ${instanceId} to be ${goal}…`);
  const status = await cfgpu.instances.waitFor(instanceId, goal, {
    timeoutMs: (options.timeout ?? 900) * 1000,
    signal,
    onStatus: (state) => {
      if (!flags().json) output.note(`${instanceId} is ${state}`);
    },
  });
  output.record(status, ['instanceId', 'statusCode', 'status']);
}

export function register(program: Command, context: CliContext<CFGPU>): void {
  const { client, flags, requestOptions, output } = context;
  const instances = program
    .command('instances')
    .description('list, create and manage instances')
    .addHelpText(
      'after',
      '\nExamples:\n  cfgpu instances list\n  cfgpu instances create --region hz --gpu 4090 --image img-123 --wait\n  cfgpu instances stop ins-abc --wait',
    );

  instances
    .command('list')
    .description('list instances, page by page')
    .addOption(
      new Option('--status <status>', 'only instances in this state').choices(
        INSTANCE_STATUS_CODES,
      ),
    )
    .option('--search <text>', 'only instances whose name contains this')
    .option(
      '--per <n>',
      'instances per page, 1–100 (default 10)',
      positiveInt('--per', PER_PAGE_MAX),
    )
    .option('--page <n>', 'page to show', positiveInt('--page'))
    .option('--all', 'every page, not only the first')
    .addHelpText(
      'after',
      '\nExamples:\n  cfgpu instances list --status RUNNING\n  cfgpu instances list --all --json',
    )
    .action(
      async (options: {
        status?: InstanceStatusCode;
        search?: string;
        per?: number;
        page?: number;
        all?: boolean;
      }) => {
        const page = (await client()).instances.list(
          {
            ...(options.status && { status: options.status }),
            ...(options.search && { keyWord: options.search }),
            ...(options.per && { pageSize: options.per }),
            ...(options.page && { currentPage: options.page }),
          },
          requestOptions(),
        );
        const rows: Instance[] = [];
        if (options.all) for await (const instance of page) rows.push(instance);
        else rows.push(...(await page).items);
        await output.rows(rows, INSTANCE_COLUMNS);
      },
    );

  instances
    .command('status [instanceId]')
    .description('state of one instance, or of every instance')
    .addHelpText('after', '\nExamples:\n  cfgpu instances status ins-abc\n  cfgpu instances status')
    .action(async (instanceId: string | undefined) => {
      const cfgpu = await client();
      if (instanceId) {
        const status = await cfgpu.instances.getStatus(instanceId, requestOptions());
        output.record(status, ['instanceId', 'statusCode', 'status']);
        return;
      }
      const statuses = await cfgpu.instances.listStatuses(requestOptions());
      await output.rows(statuses, [
        { header: 'ID', value: (s) => s.instanceId },
        { header: 'STATUS', value: (s) => s.statusCode },
      ]);
    });

  waitOption(
    instances
      .command('create')
      .description('create an instance (billed from now on)')
      .requiredOption('--region <code>', 'region code (see `cfgpu regions`)')
      .requiredOption('--gpu <code>', 'GPU type code (see `cfgpu gpus`)')
      .requiredOption('--image <id>', 'image id (see `cfgpu images`)')
      .option('--gpus <n>', 'number of GPUs', positiveInt('--gpus'), 1)
      .addOption(
        new Option('--price <type>', 'billing: pay as you go or prepaid')
          .choices(['Usage', 'Day', 'Week', 'Month'])
          .default('Usage'),
      )
      .option('--name <name>', 'instance name')
      .option(
        '--service-time <n>',
        'prepaid periods (Day, Week, Month)',
        positiveInt('--service-time'),
      )
      .option('--disk <gb>', 'extra data disk in GB', positiveInt('--disk'))
      .option('--sys-disk <gb>', 'extra system disk in GB', positiveInt('--sys-disk'))
      .addHelpText(
        'after',
        '\nExamples:\n  cfgpu instances create --region hz --gpu 4090 --image img-123\n  cfgpu instances create --region hz --gpu 4090 --gpus 2 --image img-123 --price Day --wait',
      ),
    'RUNNING',
  ).action(
    async (options: {
      region: string;
      gpu: string;
      image: string;
      gpus: number;
      price: 'Usage' | 'Day' | 'Week' | 'Month';
      name?: string;
      serviceTime?: number;
      disk?: number;
      sysDisk?: number;
      wait?: InstanceStatusCode | true;
      timeout?: number;
    }) => {
      const cfgpu = await client();
      const created = await cfgpu.instances.create(
        {
          regionCode: options.region,
          gpuType: options.gpu,
          gpuNum: options.gpus,
          imageId: options.image,
          priceType: options.price,
          ...(options.name && { instanceName: options.name }),
          ...(options.serviceTime && { serviceTime: options.serviceTime }),
          ...(options.disk && { expandSize: options.disk }),
          ...(options.sysDisk && { sysDiskExpandSize: options.sysDisk }),
        },
        requestOptions(),
      );
      if (flags().json && !options.wait) {
        output.json(created);
        return;
      }
      await waitIfAsked(context, cfgpu, created.instanceId, options, 'RUNNING');
    },
  );

  for (const [name, description, target] of [
    ['start', 'boot a stopped instance', 'RUNNING'],
    ['stop', 'shut a running instance down (disks are kept)', 'CLOSED'],
  ] as const) {
    waitOption(
      instances
        .command(name + ' <instanceId>')
        .description(description)
        .addHelpText('after', `\nExample:\n  cfgpu instances ${name} ins-abc --wait`),
      target,
    ).action(
      async (
        instanceId: string,
        options: { wait?: InstanceStatusCode | true; timeout?: number },
      ) => {
        const cfgpu = await client();
        await cfgpu.instances[name](instanceId, requestOptions());
        if (flags().json && !options.wait) {
          output.json(null);
          return;
        }
        await waitIfAsked(context, cfgpu, instanceId, options, target);
      },
    );
  }

  waitOption(
    instances
      .command('release <instanceId>')
      .description('destroy a stopped instance and its disks for good (asks first)')
      .addHelpText(
        'after',
        '\nExamples:\n  cfgpu instances release ins-abc\n  cfgpu instances release ins-abc --yes --wait',
      ),
    'RELEASED',
  ).action(
    async (instanceId: string, options: { wait?: InstanceStatusCode | true; timeout?: number }) => {
      await confirm(flags(), `Release ${instanceId} and delete its disks?`);
      const cfgpu = await client();
      await cfgpu.instances.release(instanceId, requestOptions());
      if (flags().json && !options.wait) {
        output.json(null);
        return;
      }
      await waitIfAsked(context, cfgpu, instanceId, options, 'RELEASED');
    },
  );

  instances
    .command('change-image <instanceId> <imageId>')
    .description(
      'switch a stopped instance to another image (asks first: the system disk is replaced)',
    )
    .addHelpText('after', '\nExample:\n  cfgpu instances change-image ins-abc img-456 --yes')
    .action(async (instanceId: string, imageId: string) => {
      await confirm(flags(), `Replace the system disk of ${instanceId} with image ${imageId}?`);
      await (await client()).instances.changeImage(instanceId, { imageId }, requestOptions());
      if (flags().json) {
        output.json(null);
        return;
      }
      output.say(instanceId);
    });
}
