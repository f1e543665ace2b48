/** Every command of both tools answers `--help` with a usage line and at least one example. */
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

/** The subcommand names a help text lists under `Commands:` (without `help` itself). */
function subcommands(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1]?.split(/^\S/m)[0] ?? '';
  return [...section.matchAll(/^ {2}(\S+)/gm)]
    .map((match) => match[1] ?? '')
    .filter((name) => name !== 'help');
}

async function walk(bin: 'csghub' | 'cfgpu', path: string[], seen: string[]): Promise<void> {
  const { code, stdout } = await run(bin, [...path, '--help']);
  const name = [bin, ...path].join(' ');
  expect(code, name).toBe(0);
  expect(stdout, name).toMatch(/^Usage: /);
  expect(stdout, name).toMatch(/^Examples?:\n {2}\S/m);
  seen.push(name);
  for (const sub of subcommands(stdout)) await walk(bin, [...path, sub], seen);
}

describe('--help', () => {
  it.each(['csghub', 'cfgpu'] as const)(
    'of every %s command shows examples',
    async (bin) => {
      const seen: string[] = [];
      await walk(bin, [], seen);
      // The walk reached the nested commands, not only the top level.
      expect(seen).toContain(
        bin === 'csghub' ? 'csghub models download' : 'cfgpu instances release',
      );
      expect(seen.length).toBeGreaterThan(bin === 'csghub' ? 30 : 10);
    },
    60_000,
  );
});
