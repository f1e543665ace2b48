/**
 * `csghub <kind> list|get|create|delete|tree|commits|branches|download|upload` for the five
 * repository kinds, and the listing and
 * lookup that `my-<kind>` and `list`/`get <what>` share with them.
 */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import { PER_PAGE_MAX, positiveInt, type CliContext } from '../common.js';
import { download } from './download.js';
import { registerManage } from './manage.js';
import { upload, type UploadFlags } from './upload.js';
import { KINDS, type Kind } from './kinds.js';

interface Repo {
  path?: string;
  name?: string;
  nickname?: string;
  downloads?: number;
  likes?: number;
  updated_at?: string;
  private?: boolean;
}

const REPO_COLUMNS = [
  { header: 'PATH', value: (r: Repo) => r.path ?? r.name },
  { header: 'DOWNLOADS', value: (r: Repo) => r.downloads },
  { header: 'LIKES', value: (r: Repo) => r.likes },
  { header: 'UPDATED', value: (r: Repo) => r.updated_at?.slice(0, 10) },
  { header: 'PRIVATE', value: (r: Repo) => (r.private ? 'yes' : '') },
];

export interface ListFlags {
  search?: string;
  sort?: string;
  per?: number;
  page?: number;
  all?: boolean;
}

/** Prints a paged list: its first page (or every page with `--all`). */
async function printPages(
  context: CliContext<CSGHub>,
  pages: AsyncIterable<Repo> & PromiseLike<{ items: Repo[] }>,
  options: ListFlags,
): Promise<void> {
  const rows: Repo[] = [];
  if (options.all) for await (const item of pages) rows.push(item);
  else rows.push(...(await pages).items);
  await context.output.rows(rows, REPO_COLUMNS);
}

const listParams = (options: ListFlags) => ({
  ...(options.search && { search: options.search }),
  ...(options.sort && { sort: options.sort as 'trending' }),
  ...(options.per && { per: options.per }),
  ...(options.page && { page: options.page }),
});

export function listOptions(command: Command): Command {
  return command
    .option('--search <text>', 'only repositories whose name or path contains this')
    .option('--sort <order>', 'trending, recently_update, most_download, most_favorite')
    .option('--per <n>', 'items per page, 1–100 (default 50)', positiveInt('--per', PER_PAGE_MAX))
    .option('--page <n>', 'page to show (default 1)', positiveInt('--page'))
    .option('--all', 'every page, not only the first');
}

export async function listRepos(
  context: CliContext<CSGHub>,
  kind: Kind,
  options: ListFlags,
): Promise<void> {
  const csghub = await context.client();
  await printPages(
    context,
    csghub[kind].list(listParams(options), context.requestOptions()),
    options,
  );
}

export async function getRepo(context: CliContext<CSGHub>, kind: Kind, id: string): Promise<void> {
  const repo = await (await context.client())[kind].get(id, context.requestOptions());
  context.output.record(repo, [
    'path',
    'nickname',
    'description',
    'license',
    'downloads',
    'likes',
    'private',
    'default_branch',
    'created_at',
    'updated_at',
  ]);
}

const MINE = {
  models: 'listModels',
  datasets: 'listDatasets',
  codes: 'listCodes',
  spaces: 'listSpaces',
  mcps: 'listMcpServers',
} as const;

/** The token user's own repositories of a kind. */
export async function listMine(
  context: CliContext<CSGHub>,
  kind: Kind,
  options: ListFlags,
): Promise<void> {
  const csghub = await context.client();
  const me = await csghub.me(context.requestOptions());
  await printPages(
    context,
    csghub.users[MINE[kind]](me.username, listParams(options), context.requestOptions()),
    options,
  );
}

export function register(program: Command, context: CliContext<CSGHub>): void {
  const { client, requestOptions, output } = context;
  for (const [kind, singular] of KINDS) {
    const group = program
      .command(kind)
      .description(`${kind === 'mcps' ? 'MCP server' : singular} repositories`)
      .addHelpText(
        'after',
        `\nExamples:\n  csghub ${kind} list --per 5\n  csghub ${kind} get OpenCSG/example`,
      );
    listOptions(
      group
        .command('list')
        .description(`list ${kind}, page by page`)
        .addHelpText(
          'after',
          `\nExamples:\n  csghub ${kind} list --search qwen --per 5\n  csghub ${kind} list --all --json`,
        ),
    ).action((options: ListFlags) => listRepos(context, kind, options));

    group
      .command('get <namespace/name>')
      .description(`one ${singular}`)
      .addHelpText('after', `\nExample:\n  csghub ${kind} get OpenCSG/csg-wukong-1B --json`)
      .action((id: string) => getRepo(context, kind, id));

    group
      .command('tree <namespace/name> [dir]')
      .description('the files of a directory (the root by default)')
      .option('--ref <ref>', 'branch, tag or commit (default: the default branch)')
      .addHelpText('after', `\nExample:\n  csghub ${kind} tree OpenCSG/csg-wukong-1B`)
      .action(async (id: string, dir: string | undefined, options: { ref?: string }) => {
        const files = await (
          await client()
        )[kind].listFiles(
          id,
          { ...(dir && { path: dir }), ...(options.ref && { ref: options.ref }) },
          requestOptions(),
        );
        await output.rows(files, [
          { header: 'TYPE', value: (f) => f.type },
          { header: 'SIZE', value: (f) => (f.type === 'dir' ? '' : f.size) },
          { header: 'PATH', value: (f) => f.path },
          { header: 'LFS', value: (f) => (f.lfs ? 'lfs' : '') },
        ]);
      });

    group
      .command('commits <namespace/name>')
      .description('the commits of a branch, newest first, page by page')
      .option('--ref <ref>', 'branch, tag or commit (default: the default branch)')
      .option('--per <n>', 'commits per page (1-100; default 50)', positiveInt('--per', 100))
      .option('--page <n>', 'page number, from 1', positiveInt('--page'))
      .option('--all', 'every page')
      .addHelpText('after', `\nExample:\n  csghub ${kind} commits OpenCSG/csg-wukong-1B --per 5`)
      .action(
        async (
          id: string,
          options: { ref?: string; per?: number; page?: number; all?: boolean },
        ) => {
          const pages = (await client())[kind].listCommits(
            id,
            {
              ...(options.ref && { ref: options.ref }),
              ...(options.per && { per: options.per }),
              ...(options.page && { page: options.page }),
            },
            requestOptions(),
          );
          const commits = [];
          if (options.all) for await (const c of pages) commits.push(c);
          else commits.push(...(await pages).items);
          await output.rows(commits, [
            { header: 'ID', value: (c) => c.id.slice(0, 12) },
            { header: 'DATE', value: (c) => c.committer_date },
            { header: 'AUTHOR', value: (c) => c.author_name },
            { header: 'MESSAGE', value: (c) => c.message.split('\n')[0] },
          ]);
        },
      );

    group
      .command('branches <namespace/name>')
      .description('every branch, with its head commit')
      .addHelpText('after', `\nExample:\n  csghub ${kind} branches OpenCSG/csg-wukong-1B`)
      .action(async (id: string) => {
        const branches = await (await client())[kind].listBranches(id, requestOptions());
        await output.rows(branches, [
          { header: 'NAME', value: (b) => b.name },
          { header: 'COMMIT', value: (b) => b.commit.id.slice(0, 12) },
          { header: 'MESSAGE', value: (b) => b.message.split('\n')[0] },
        ]);
      });

    registerManage(group, kind, context);

    group
      .command('download <namespace/name> <file>')
      .description('download a file (LFS files too), with progress; written whole or not at all')
      .option('-o, --output <path>', "where to write it (default: <file>'s last segment, here)")
      .option('--ref <ref>', 'branch, tag or commit')
      .option('--force', 'overwrite the file if it exists')
      .addHelpText(
        'after',
        `\nExample:\n  csghub ${kind} download OpenCSG/csg-wukong-1B config.json -o wukong-config.json`,
      )
      .action(
        async (
          id: string,
          file: string,
          options: { output?: string; ref?: string; force?: boolean },
        ) => {
          await download(context, kind, id, file, options);
        },
      );

    if (kind !== 'mcps') {
      group
        .command('upload <namespace/name> <local-path> [path-in-repo]')
        .description(
          'upload a file or a directory (large files through LFS storage), with progress; one preupload, then commits',
        )
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
          `\nExamples:\n  csghub ${kind} upload me/my-repo ./weights.safetensors\n  csghub ${kind} upload me/my-repo ./data data --message "Add data"\n  csghub ${kind} upload me/my-repo ./big.gguf --resume big.upload.json`,
        )
        .action(
          async (id: string, local: string, target: string | undefined, options: UploadFlags) => {
            await upload(context, kind, id, local, target, options);
          },
        );
    }
  }
}
