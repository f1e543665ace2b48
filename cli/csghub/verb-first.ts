/** The seed's verb-first spelling: `csghub list models`, `csghub get model ns/name`. */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import { UsageError, type CliContext } from '../common.js';
import { getRepo, listMine, listOptions, listRepos, type ListFlags } from './repositories.js';
import { KINDS } from './kinds.js';

export function register(program: Command, context: CliContext<CSGHub>): void {
  listOptions(
    program
      .command('list <what>')
      .description(
        'list models, datasets, codes, spaces, mcps, or my-models (same as `<what> list`)',
      )
      .addHelpText('after', '\nExamples:\n  csghub list models --per 5\n  csghub list my-models'),
  ).action(async (what: string, options: ListFlags) => {
    const mine = /^my-(.+)$/.exec(what)?.[1];
    const kind = KINDS.find(([plural]) => plural === (mine ?? what))?.[0];
    if (!kind)
      throw new UsageError(
        `cannot list "${what}"; try models, datasets, codes, spaces, mcps or my-models`,
      );
    await (mine ? listMine(context, kind, options) : listRepos(context, kind, options));
  });

  program
    .command('get <what> <namespace/name>')
    .description('one model, dataset, code, space or mcp (same as `<what>s get`)')
    .addHelpText('after', '\nExample:\n  csghub get model OpenCSG/csg-wukong-1B')
    .action(async (what: string, id: string) => {
      const kind = KINDS.find(([plural, one]) => what === one || what === plural)?.[0];
      if (!kind)
        throw new UsageError(`cannot get a "${what}"; try model, dataset, code, space or mcp`);
      await getRepo(context, kind, id);
    });
}
