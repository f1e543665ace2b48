/** `csghub my-<kind>`: the token user's own repositories. */
import type { Command } from 'commander';
import type { CSGHub } from '../../src/csghub/index.js';
import type { CliContext } from '../common.js';
import { KINDS } from './kinds.js';
import { listMine, listOptions, type ListFlags } from './repositories.js';

export function register(program: Command, context: CliContext<CSGHub>): void {
  for (const [kind] of KINDS) {
    listOptions(
      program
        .command(`my-${kind}`)
        .description(`your own ${kind} (the token's user)`)
        .addHelpText('after', `\nExample:\n  csghub my-${kind} --json`),
    ).action((options: ListFlags) => listMine(context, kind, options));
  }
}
