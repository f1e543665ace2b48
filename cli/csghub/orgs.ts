/** `csghub orgs`: organizations and their members. */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import { PER_PAGE_MAX, positiveInt, type CliContext } from '../common.js';

export function register(
  program: Command,
  { client, requestOptions, output }: CliContext<CSGHub>,
): void {
  const orgs = program
    .command('orgs')
    .description('organizations and their members')
    .addHelpText('after', '\nExamples:\n  csghub orgs list\n  csghub orgs members OpenCSG');

  orgs
    .command('list')
    .description('list organizations')
    .option('--search <text>', 'only organizations whose name contains this')
    .option('--per <n>', 'items per page, 1–100 (default 50)', positiveInt('--per', PER_PAGE_MAX))
    .addHelpText('after', '\nExample:\n  csghub orgs list --search open')
    .action(async (options: { search?: string; per?: number }) => {
      const page = await (
        await client()
      ).organizations.list(
        {
          ...(options.search && { search: options.search }),
          ...(options.per && { per: options.per }),
        },
        requestOptions(),
      );
      await output.rows(page.items, [
        { header: 'NAME', value: (o) => o.path },
        { header: 'DISPLAY NAME', value: (o) => o.name },
        { header: 'TYPE', value: (o) => o.org_type },
        { header: 'VERIFIED', value: (o) => (o.verified ? 'yes' : '') },
      ]);
    });

  orgs
    .command('get <name>')
    .description('one organization')
    .addHelpText('after', '\nExample:\n  csghub orgs get OpenCSG --json')
    .action(async (name: string) => {
      const org = await (await client()).organizations.get(name, requestOptions());
      output.record(org, ['path', 'name', 'description', 'homepage', 'org_type', 'verified']);
    });

  orgs
    .command('members <name>')
    .description("an organization's members and their roles")
    .addHelpText('after', '\nExample:\n  csghub orgs members OpenCSG')
    .action(async (name: string) => {
      const page = await (await client()).organizations.members.list(name, {}, requestOptions());
      await output.rows(page.items, [
        { header: 'USER', value: (m) => m.username },
        { header: 'NAME', value: (m) => m.nickname },
        { header: 'ROLE', value: (m) => m.role },
      ]);
    });
}
