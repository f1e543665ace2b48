/** `cfgpu regions`, `cfgpu gpus` and `cfgpu images`: what an instance can be created from. */
import { Option, type Command } from 'commander';
import type { CFGPU } from '../../src/cfgpu/index.js';
import type { CliContext } from '../common.js';

export function register(
  program: Command,
  { client, flags, requestOptions, output }: CliContext<CFGPU>,
): void {
  program
    .command('regions')
    .description('list regions')
    .addHelpText('after', '\nExamples:\n  cfgpu regions\n  cfgpu regions --json')
    .action(async () => {
      const regions = await (await client()).regions.list(requestOptions());
      await output.rows(regions, [
        { header: 'CODE', value: (r) => r.code },
        { header: 'NAME', value: (r) => r.name },
      ]);
    });

  program
    .command('gpus')
    .description('list GPU types')
    .addHelpText('after', '\nExamples:\n  cfgpu gpus\n  cfgpu gpus --json')
    .action(async () => {
      const gpus = await (await client()).gpus.list(requestOptions());
      await output.rows(gpus, [
        { header: 'CODE', value: (g) => g.code },
        { header: 'NAME', value: (g) => g.name },
      ]);
    });

  program
    .command('images')
    .description('list images, the system image tree flattened to one row per image')
    .option('--private', 'your own images instead of the system ones')
    .addOption(
      new Option('--adapt-type <type>', 'container or VM images').choices(['CONTAINER', 'VM']),
    )
    .addHelpText('after', '\nExamples:\n  cfgpu images\n  cfgpu images --private --json')
    .action(async (options: { private?: boolean; adaptType?: 'CONTAINER' | 'VM' }) => {
      const { flattenImageTree } = await import('../../src/cfgpu/index.js');
      const cfgpu = await client();
      const params = options.adaptType ? { adaptType: options.adaptType } : {};
      const images = options.private
        ? await cfgpu.images.listPrivate(params, requestOptions())
        : await cfgpu.images.listSystem(params, requestOptions());
      if (flags().json) {
        output.json(images);
        return;
      }
      await output.table(flattenImageTree(images), [
        { header: 'IMAGE ID', value: (i) => i.code },
        { header: 'NAME', value: (i) => i.displayName },
      ]);
    });
}
