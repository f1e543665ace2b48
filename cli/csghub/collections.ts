/** `csghub collections`: curated collections of repositories. */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import { positiveInt, type CliContext } from '../common.js';

export function register(
  program: Command,
  { client, flags, requestOptions, output }: CliContext<CSGHub>,
): void {
  const collections = program
    .command('collections')
    .description('curated collections of repositories')
    .addHelpText('after', '\nExamples:\n  csghub collections list\n  csghub collections get 12');

  collections
    .command('list')
    .description('list public collections')
    .option('--search <text>', 'only collections whose name contains this')
    .addHelpText('after', '\nExample:\n  csghub collections list --search llm')
    .action(async (options: { search?: string }) => {
      const page = await (
        await client()
      ).collections.list(options.search ? { search: options.search } : {}, requestOptions());
      await output.rows(page.items, [
        { header: 'ID', value: (c) => c.id },
        { header: 'NAME', value: (c) => (c.nickname === '' ? c.name : c.nickname) },
        { header: 'OWNER', value: (c) => (c.username === '' ? c.namespace : c.username) },
        { header: 'REPOS', value: (c) => c.repositories?.length },
        { header: 'LIKES', value: (c) => c.likes },
      ]);
    });

  collections
    .command('get <id>')
    .description('one collection and its repositories')
    .addHelpText('after', '\nExample:\n  csghub collections get 12 --json')
    .action(async (id: string) => {
      const collection = await (
        await client()
      ).collections.get(positiveInt('id')(id), requestOptions());
      if (flags().json) {
        output.json(collection);
        return;
      }
      output.record(collection, ['id', 'name', 'nickname', 'description', 'username']);
      await output.table(collection.repositories ?? [], [
        { header: 'REPOSITORY', value: (r) => r.path },
        { header: 'TYPE', value: (r) => r.repository_type },
      ]);
    });
}
