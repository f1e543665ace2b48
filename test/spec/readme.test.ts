import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/apis.js';

const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/<!-- example: (\S+) -->\n\n```ts\n([\s\S]*?)```/g)].map(
  (m) => [m[1] ?? '', m[2] ?? ''] as const,
);

describe('README examples', () => {
  it('marks at least the CFGPU example', () => {
    expect(examples.map(([file]) => file)).toContain('examples/cfgpu-lifecycle.ts');
  });

  it.each(examples)('%s is the code the README shows (and so typechecks)', async (file, code) => {
    expect(code).toBe(await readFile(path.join(ROOT, file), 'utf8'));
  });
});
