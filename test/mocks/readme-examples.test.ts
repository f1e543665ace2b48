/**
 * The curl examples in README.md's "Scenarios" section, run against the mocks with the status
 * each one's comment promises, so the documented scenarios keep working.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_PORTS } from '../../mocks/config.js';
import { ROOT } from '../../tooling/apis.js';

const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
const block = /<!-- mock-examples -->\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
/** `# NNN: what it shows` followed by one command (continued with `\`). */
const examples = [...block.matchAll(/^# (\d{3}): (.+)\n((?:.*\\\n)*.*)$/gm)].map((m) => ({
  status: m[1] ?? '',
  what: m[2] ?? '',
  command: m[3] ?? '',
}));

const urls = inject('mockUrls');
const local = (command: string) =>
  command
    .replaceAll(`http://127.0.0.1:${String(DEFAULT_PORTS.csghub)}`, urls['csghub'] ?? '')
    .replaceAll(`http://127.0.0.1:${String(DEFAULT_PORTS.cfgpu)}`, urls['cfgpu'] ?? '');

describe('README mock scenarios', () => {
  it('documents the three ways to pick a scenario', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const prefer of ['Prefer: code=', 'Prefer: example=', 'Prefer: dynamic=true']) {
      expect(block).toContain(prefer);
    }
  });

  it.each(examples)('$status: $what', ({ status, command }) => {
    const run = spawnSync('bash', ['-c', `${local(command)} -s -o /dev/null -w '%{http_code}'`], {
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(status);
  });
});
