/** `csghub me`: the user the token belongs to. */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import type { CliContext } from '../common.js';

export function register(
  program: Command,
  { client, requestOptions, output }: CliContext<CSGHub>,
): void {
  program
    .command('me')
    .description("the token's own user")
    .addHelpText('after', '\nExamples:\n  csghub me\n  csghub me --json')
    .action(async () => {
      const me = await (await client()).me(requestOptions());
      output.record(me, ['username', 'nickname', 'email', 'uuid', 'roles', 'created_at']);
    });
}
