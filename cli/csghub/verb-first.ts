/**
 * Verb-first spellings: the seed's `csghub list models` and `csghub get model ns/name`, and the
 * Python CLI's `csghub download <repo>` (a whole repository) and `csghub upload <repo> <path>`.
 */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import { positiveInt, UsageError, type CliContext } from '../common.js';
import { getRepo, listMine, listOptions, listRepos, type ListFlags } from './repositories.js';
import { KINDS } from './kinds.js';
import { kindOf, snapshot, type SnapshotFlags } from './snapshot.js';
import { upload, type UploadFlags } from './upload.js';

const collectAll = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

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

  program
    .command('download <namespace/name> [files...]')
    .description(
      'download a whole repository revision (or the files and patterns given) into a folder; re-run to resume',
    )
    .option('--local-dir <dir>', 'folder to write into (default: the repository name, here)')
    .option('--include <glob>', 'only paths matching this pattern (repeatable)', collectAll)
    .option('--exclude <glob>', 'leave out paths matching this pattern (repeatable)', collectAll)
    .option('--repo-type <type>', 'model, dataset, code, space or mcp (default: model)')
    .option('--revision <ref>', 'branch, tag or commit (default: main)')
    .option(
      '--concurrency <n>',
      'files fetched at once (default: 4)',
      positiveInt('--concurrency', 64),
    )
    .addHelpText(
      'after',
      `
Patterns: * and ? within one folder level, ** across levels; a pattern without / matches a
file name in any folder (*.json), one with / the path from the root (tokenizer/*).
Files already there with the same size and checksum are skipped; unfinished LFS files
(<file>.partial) are continued. Every file is checked (LFS SHA-256, git blob id or size)
before it gets its name. With --json the summary is printed as JSON.

Examples:
  csghub download OpenCSG/csg-wukong-1B --local-dir ./wukong
  csghub download OpenCSG/csg-wukong-1B --include "*.json" --include "tokenizer/*"
  csghub download OpenCSG/chinese-fineweb-edu --repo-type dataset --exclude "*.parquet"
  csghub download OpenCSG/csg-wukong-1B config.json README.md --json`,
    )
    .action(async (id: string, files: string[], flags: SnapshotFlags) => {
      await snapshot(context, id, files, flags);
    });

  program
    .command('upload <namespace/name> <local-path> [path-in-repo]')
    .description('upload a file or a directory (same as `<kind> upload`)')
    .option('--repo-type <type>', 'model, dataset, code or space (default: model)')
    .option('--branch <branch>', 'branch to commit to (default: main)')
    .option('-m, --message <message>', 'commit message')
    .option(
      '--resume <file>',
      'keep multipart progress in <file>; run the same command again to continue an interrupted upload',
    )
    .option('--private', 'create the repository private if it does not exist yet')
    .option('--no-create', 'fail instead of creating the repository when it does not exist')
    .addHelpText(
      'after',
      '\nExamples:\n  csghub upload me/my-model ./weights.safetensors   (creates me/my-model if needed)\n  csghub upload me/my-data ./data data --repo-type dataset -m "Add data"',
    )
    .action(
      async (
        id: string,
        local: string,
        target: string | undefined,
        flags: UploadFlags & { repoType?: string },
      ) => {
        const kind = kindOf(flags.repoType);
        if (kind === 'mcps') throw new UsageError('MCP servers take no uploads');
        const { repoType: _, ...options } = flags;
        await upload(context, kind, id, local, target, options);
      },
    );
}
