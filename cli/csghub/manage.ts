/**
 * `csghub <kind> create|delete`, and the repository an upload creates when it is missing (as
 * the Python CLI's upload does), so a new model goes up in one command.
 */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import { UsageError, confirm, type CliContext } from '../common.js';
import { SINGULAR, type Kind } from './kinds.js';

/** The kinds a repository of which is created with a name alone (a space also needs hardware). */
export type CreatableKind = Exclude<Kind, 'spaces' | 'mcps'>;

export interface CreateFlags {
  nickname?: string;
  description?: string;
  license?: string;
  private?: boolean;
}

/** `namespace/name` split, or a usage error naming what was given. */
function splitId(id: string): { namespace: string; name: string } {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(id);
  if (!match?.[1] || !match[2]) {
    throw new UsageError(`expected <namespace>/<name>, got ${JSON.stringify(id)}`);
  }
  return { namespace: match[1], name: match[2] };
}

/** Creates a repository of `kind` at `id` with the given settings; resolves to it. */
export async function createRepo(
  context: CliContext<CSGHub>,
  kind: CreatableKind,
  id: string,
  flags: CreateFlags,
) {
  const params = {
    ...splitId(id),
    ...(flags.nickname !== undefined && { nickname: flags.nickname }),
    ...(flags.description !== undefined && { description: flags.description }),
    ...(flags.license !== undefined && { license: flags.license }),
    ...(flags.private === true && { private: true }),
  };
  return (await context.client())[kind].create(params, context.requestOptions());
}

/**
 * Makes sure the repository exists before an upload: when the hub answers 404 for it, it is
 * created (private with `private`), and a note says so. A space is never created here: it needs
 * its SDK and hardware, so the error says how to create it.
 */
export async function ensureRepo(
  context: CliContext<CSGHub>,
  kind: Exclude<Kind, 'mcps'>,
  id: string,
  flags: Pick<CreateFlags, 'private'>,
): Promise<void> {
  const { NotFoundError } = await import('../../src/csghub/index.js');
  const csghub = await context.client();
  const missing = await csghub[kind].get(id, context.requestOptions()).then(
    () => false,
    (error: unknown) => {
      if (error instanceof NotFoundError) return true;
      throw error;
    },
  );
  if (!missing) return;
  if (kind === 'spaces') {
    throw new UsageError(
      `space ${id} does not exist: create it first (its SDK and hardware), then upload to it`,
    );
  }
  await createRepo(context, kind, id, flags);
  context.output.note(`created ${SINGULAR[kind]} ${id}${flags.private ? ' (private)' : ''}`);
}

/** Adds `create` (where a name is enough) and `delete` to a kind's command group. */
export function registerManage(group: Command, kind: Kind, context: CliContext<CSGHub>): void {
  const { flags, output, client, requestOptions } = context;
  if (kind !== 'spaces' && kind !== 'mcps') {
    group
      .command('create <namespace/name>')
      .description(`create an empty ${SINGULAR[kind]} (in your namespace or an organization's)`)
      .option('--nickname <text>', 'display name (default: the name)')
      .option('--description <text>', 'a description, under 1000 characters')
      .option('--license <id>', 'license identifier, e.g. apache-2.0 or mit')
      .option('--private', 'visible only to you (and the organization that owns it)')
      .addHelpText(
        'after',
        `\nExamples:\n  csghub ${kind} create me/my-${kind.replace(/s$/, '')} --license apache-2.0\n  csghub ${kind} create my-org/internal --private`,
      )
      .action(async (id: string, options: CreateFlags) => {
        const repo = await createRepo(context, kind, id, options);
        output.record(repo, ['path', 'nickname', 'private', 'license', 'created_at']);
      });
  }
  group
    .command('delete <namespace/name>')
    .description(
      `delete a ${SINGULAR[kind]} and all its files for good (asks first; --yes to skip)`,
    )
    .addHelpText(
      'after',
      `\nExample:\n  csghub ${kind} delete me/old-${kind.replace(/s$/, '')} --yes`,
    )
    .action(async (id: string) => {
      splitId(id);
      await confirm(flags(), `Delete ${SINGULAR[kind]} ${id} and all its files?`);
      await (await client())[kind].delete(id, requestOptions());
      if (flags().json) output.json(null);
      else output.say(`deleted  ${id}`);
    });
}
