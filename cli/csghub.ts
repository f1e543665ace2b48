#!/usr/bin/env node
/**
 * `csghub`: models, datasets, code, spaces and MCP servers of a CSGHub from the terminal.
 * Token: `--token`, `CSGHUB_TOKEN`, or `csghub login`; address: `--base-url`, `CSGHUB_URL`
 * (with or without `/api/v1`), or the config file.
 */
import { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { CSGHub } from '../src/csghub/index.js';
import {
  addLogin,
  cliContext,
  positiveInt,
  runCli,
  UsageError,
  withGlobalFlags,
} from './common.js';

/** The five repository kinds, with the singular the seed's `get model …` form uses. */
const KINDS = [
  ['models', 'model'],
  ['datasets', 'dataset'],
  ['codes', 'code'],
  ['spaces', 'space'],
  ['mcps', 'mcp'],
] as const;
type Kind = (typeof KINDS)[number][0];

const program = withGlobalFlags(new Command('csghub'), 'csghub')
  .description('CSGHub: models, datasets, code, spaces and MCP servers, their files and deploys.')
  .addHelpText(
    'after',
    `
Examples:
  csghub models list --search wukong --per 5
  csghub models get OpenCSG/csg-wukong-1B --json
  csghub my-models
  csghub models download OpenCSG/csg-wukong-1B config.json
  csghub spaces status OpenCSG/wukong-chat --wait
  csghub chat Qwen/Qwen2.5-7B-Instruct "Write a haiku about GPUs"
  csghub --base-url http://127.0.0.1:4010 models list`,
  );

const { client, flags, signal, requestOptions, output } = cliContext<CSGHub>(
  program,
  'csghub',
  async (settings) => {
    const { CSGHub } = await import('../src/csghub/index.js');
    return new CSGHub(settings);
  },
);

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

interface ListFlags {
  search?: string;
  sort?: string;
  per?: number;
  page?: number;
  all?: boolean;
}

/** Prints a paged list: its first page (or every page with `--all`). */
async function printPages(
  pages: AsyncIterable<Repo> & PromiseLike<{ items: Repo[] }>,
  options: ListFlags,
): Promise<void> {
  const rows: Repo[] = [];
  if (options.all) for await (const item of pages) rows.push(item);
  else rows.push(...(await pages).items);
  await output.rows(rows, REPO_COLUMNS);
}

const listParams = (options: ListFlags) => ({
  ...(options.search && { search: options.search }),
  ...(options.sort && { sort: options.sort as 'trending' }),
  ...(options.per && { per: options.per }),
  ...(options.page && { page: options.page }),
});

function listOptions(command: Command): Command {
  return command
    .option('--search <text>', 'only repositories whose name or path contains this')
    .option('--sort <order>', 'trending, recently_update, most_download, most_favorite')
    .option('--per <n>', 'items per page (default 50)', positiveInt('--per'))
    .option('--page <n>', 'page to show (default 1)', positiveInt('--page'))
    .option('--all', 'every page, not only the first');
}

async function listRepos(kind: Kind, options: ListFlags): Promise<void> {
  await printPages((await client())[kind].list(listParams(options), requestOptions()), options);
}

async function getRepo(kind: Kind, id: string): Promise<void> {
  const repo = await (await client())[kind].get(id, requestOptions());
  output.record(repo, [
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

addLogin(program, 'csghub', 'CSGHub access token: ', 'https://hub.opencsg.com');

program
  .command('me')
  .description("the token's own user")
  .addHelpText('after', '\nExamples:\n  csghub me\n  csghub me --json')
  .action(async () => {
    const me = await (await client()).me(requestOptions());
    output.record(me, ['username', 'nickname', 'email', 'uuid', 'roles', 'created_at']);
  });

const groups = new Map<Kind, Command>();
for (const [kind, singular] of KINDS) {
  const group = program
    .command(kind)
    .description(`${kind === 'mcps' ? 'MCP server' : singular} repositories`)
    .addHelpText(
      'after',
      `\nExamples:\n  csghub ${kind} list --per 5\n  csghub ${kind} get OpenCSG/example`,
    );
  groups.set(kind, group);
  listOptions(
    group
      .command('list')
      .description(`list ${kind}, page by page`)
      .addHelpText(
        'after',
        `\nExamples:\n  csghub ${kind} list --search qwen --per 5\n  csghub ${kind} list --all --json`,
      ),
  ).action((options: ListFlags) => listRepos(kind, options));

  group
    .command('get <namespace/name>')
    .description(`one ${singular}`)
    .addHelpText('after', `\nExample:\n  csghub ${kind} get OpenCSG/csg-wukong-1B --json`)
    .action((id: string) => getRepo(kind, id));

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
    .command('download <namespace/name> <file>')
    .description('download a file (LFS files too), with progress; written whole or not at all')
    .option('-o, --output <path>', 'where to write it (default: the file name, here)')
    .option('--ref <ref>', 'branch, tag or commit')
    .addHelpText(
      'after',
      `\nExample:\n  csghub ${kind} download OpenCSG/csg-wukong-1B config.json -o wukong-config.json`,
    )
    .action(async (id: string, file: string, options: { output?: string; ref?: string }) => {
      await download(kind, id, file, options);
    });
}

/**
 * Streams a file to `<target>.partial` and renames it only once complete, so an interrupted
 * download never leaves a truncated file under the final name.
 */
async function download(
  kind: Kind,
  id: string,
  file: string,
  options: { output?: string; ref?: string },
): Promise<void> {
  const bar = await progressBar();
  const result = await (
    await client()
  )[kind].download(id, file, {
    signal,
    ...(options.ref && { ref: options.ref }),
    onProgress: (loaded, total) => {
      bar?.update(loaded, total);
    },
  });
  const target = options.output ?? path.basename(result.filename || file);
  const partial = `${target}.partial`;
  try {
    await pipeline(
      Readable.fromWeb(result.body as NodeReadableStream<Uint8Array>),
      createWriteStream(partial),
    );
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    bar?.stop();
  }
  if (flags().json) output.json({ path: target, size: result.size, lfs: result.lfs });
  else output.say(target);
}

/** A progress bar on stderr when it is a terminal (cli-progress); none otherwise. */
async function progressBar() {
  if (!process.stderr.isTTY) return undefined;
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {percentage}% | {value}/{total} bytes',
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(loaded: number, total: number | undefined) {
      if (!started) {
        bar.start(total ?? 0, 0);
        started = true;
      }
      if (total !== undefined) bar.setTotal(total);
      bar.update(loaded);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

const MINE = {
  models: 'listModels',
  datasets: 'listDatasets',
  codes: 'listCodes',
  spaces: 'listSpaces',
  mcps: 'listMcpServers',
} as const;

/** The token user's own repositories of a kind. */
async function listMine(kind: Kind, options: ListFlags): Promise<void> {
  const csghub = await client();
  const me = await csghub.me(requestOptions());
  await printPages(
    csghub.users[MINE[kind]](me.username, listParams(options), requestOptions()),
    options,
  );
}

for (const [kind] of KINDS) {
  listOptions(
    program
      .command(`my-${kind}`)
      .description(`your own ${kind} (the token's user)`)
      .addHelpText('after', `\nExample:\n  csghub my-${kind} --json`),
  ).action((options: ListFlags) => listMine(kind, options));
}

// The seed's verb-first spelling: `csghub list models`, `csghub get model ns/name`.
listOptions(
  program
    .command('list <what>')
    .description('list models, datasets, codes, spaces, mcps, or my-models (same as `<what> list`)')
    .addHelpText('after', '\nExamples:\n  csghub list models --per 5\n  csghub list my-models'),
).action(async (what: string, options: ListFlags) => {
  const mine = /^my-(.+)$/.exec(what)?.[1];
  const kind = KINDS.find(([plural]) => plural === (mine ?? what))?.[0];
  if (!kind)
    throw new UsageError(
      `cannot list "${what}"; try models, datasets, codes, spaces, mcps or my-models`,
    );
  await (mine ? listMine(kind, options) : listRepos(kind, options));
});

program
  .command('get <what> <namespace/name>')
  .description('one model, dataset, code, space or mcp (same as `<what>s get`)')
  .addHelpText('after', '\nExample:\n  csghub get model OpenCSG/csg-wukong-1B')
  .action(async (what: string, id: string) => {
    const kind = KINDS.find(([plural, one]) => what === one || what === plural)?.[0];
    if (!kind)
      throw new UsageError(`cannot get a "${what}"; try model, dataset, code, space or mcp`);
    await getRepo(kind, id);
  });

const spacesGroup = groups.get('spaces') ?? program;

/** Adds `--wait` and `--timeout` to a status command. */
function waitOptions(command: Command): Command {
  return command
    .option('--wait', 'follow the state until it is Running (fails fast on a failed deploy)')
    .option(
      '--timeout <seconds>',
      'give up waiting after this long (default 900)',
      positiveInt('--timeout'),
    );
}

interface WaitFlags {
  wait?: boolean;
  timeout?: number;
}

interface StatusReading {
  status: string;
  message?: string;
}

/**
 * Prints a deploy's state: with `--wait`, once it is running; otherwise the first reading of
 * its status stream, which never ends by itself and starts with the current state.
 */
async function showStatus(
  options: WaitFlags,
  wait: () => Promise<StatusReading>,
  stream: () => AsyncIterable<StatusReading>,
): Promise<void> {
  const fields = ['status', 'message'];
  if (options.wait) {
    output.record(await wait(), fields);
    return;
  }
  for await (const event of stream()) {
    output.record(event, fields);
    break;
  }
}

waitOptions(
  spacesGroup
    .command('status <namespace/name>')
    .description("the space's deploy state (with --wait: until it runs)")
    .addHelpText(
      'after',
      '\nExamples:\n  csghub spaces status OpenCSG/wukong-chat\n  csghub spaces status OpenCSG/wukong-chat --wait',
    ),
).action(async (id: string, options: WaitFlags) => {
  const csghub = await client();
  await showStatus(
    options,
    () => csghub.spaces.waitFor(id, 'Running', waitFor(options)),
    () => csghub.spaces.streamStatus(id, requestOptions()),
  );
});

waitOptions(
  program
    .command('serverless')
    .description("a model's serverless inference deploy")
    .addHelpText('after', '\nExample:\n  csghub serverless status OpenCSG/csg-wukong-1B 42 --wait')
    .command('status <namespace/name> <deployId>')
    .description("the deploy's state (with --wait: until it runs)")
    .addHelpText('after', '\nExample:\n  csghub serverless status OpenCSG/csg-wukong-1B 42 --wait'),
).action(async (id: string, deployId: string, options: WaitFlags) => {
  const csghub = await client();
  const deploy = positiveInt('deployId')(deployId);
  await showStatus(
    options,
    () => csghub.models.serverless.waitFor(id, deploy, 'Running', waitFor(options)),
    () => csghub.models.serverless.streamStatus(id, deploy, requestOptions()),
  );
});

const waitFor = (options: WaitFlags) => ({ timeoutMs: (options.timeout ?? 900) * 1000, signal });

program
  .command('chat <model> <message...>')
  .description('ask a model through the AI gateway; the answer streams as it is written')
  .option('--system <text>', 'a system message first')
  .addHelpText(
    'after',
    '\nExample:\n  csghub chat Qwen/Qwen2.5-7B-Instruct "Write a haiku about GPUs"',
  )
  .action(async (model: string, words: string[], options: { system?: string }) => {
    const csghub = await client();
    const stream = await csghub.chat.completions.create(
      {
        model,
        messages: [
          ...(options.system ? [{ role: 'system' as const, content: options.system }] : []),
          { role: 'user' as const, content: words.join(' ') },
        ],
        stream: true,
      },
      requestOptions(),
    );
    const chunks: unknown[] = [];
    for await (const chunk of stream) {
      if (flags().json) chunks.push(chunk);
      else process.stdout.write(chunk.choices[0]?.delta.content ?? '');
    }
    if (flags().json) output.json(chunks);
    else output.say();
  });

const orgs = program
  .command('orgs')
  .description('organizations and their members')
  .addHelpText('after', '\nExamples:\n  csghub orgs list\n  csghub orgs members OpenCSG');

orgs
  .command('list')
  .description('list organizations')
  .option('--search <text>', 'only organizations whose name contains this')
  .option('--per <n>', 'items per page (default 50)', positiveInt('--per'))
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
      { header: 'NAME', value: (c) => c.nickname ?? c.name },
      { header: 'OWNER', value: (c) => c.username ?? c.namespace },
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

/** Cents (分) of CNY as yuan, e.g. `¥128.51`. */
const yuan = (cents: number | undefined) => `¥${((cents ?? 0) / 100).toFixed(2)}`;

program
  .command('balance')
  .description('your account balance (hubs with the billing module)')
  .addHelpText('after', '\nExamples:\n  csghub balance\n  csghub balance --json')
  .action(async () => {
    const csghub = await client();
    const me = await csghub.me(requestOptions());
    const balance = await csghub.accounting.balance.get(me.uuid ?? '', requestOptions());
    if (flags().json) {
      output.json(balance);
      return;
    }
    output.say(`balance  ${yuan(balance.balance)}`);
  });

program
  .command('bills')
  .description('what each instance cost over a range of days (hubs with the billing module)')
  .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
  .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
  .option(
    '--scene <n>',
    'what was billed: 10 inference, 11 spaces, 12 fine-tuning, …',
    positiveInt('--scene'),
    10,
  )
  .addHelpText('after', '\nExample:\n  csghub bills --from 2026-11-01 --to 2026-11-30')
  .action(async (options: { from: string; to: string; scene: number }) => {
    const csghub = await client();
    const me = await csghub.me(requestOptions());
    const page = await csghub.accounting.bills.list(
      me.uuid ?? '',
      { scene: options.scene as 10, start_date: options.from, end_date: options.to },
      requestOptions(),
    );
    if (flags().json) {
      output.json(page.items);
      return;
    }
    await output.table(page.items, [
      { header: 'INSTANCE', value: (b) => b.instance_name },
      { header: 'REPOSITORY', value: (b) => b.repo_path },
      { header: 'COST', value: (b) => yuan(-(b.value ?? 0)) },
    ]);
    output.say(`total  ${yuan(-(page.summary.total_value ?? 0))}`);
  });

process.exitCode = await runCli(program);
