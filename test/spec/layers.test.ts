import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/apis.js';

const run = promisify(execFile);
const CRUISER = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Lays out a small tree with the project's folders and the project's own rules, then cruises it
 * as `npm run lint:deps` does and returns what the rules found.
 */
async function cruise(files: Record<string, string>): Promise<Violation[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'csgkit-layers-'));
  dirs.push(dir);
  await copyFile(
    path.join(ROOT, '.dependency-cruiser.json'),
    path.join(dir, '.dependency-cruiser.json'),
  );
  const tsconfig = { compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } };
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  const args = [CRUISER, '.', '--config', '.dependency-cruiser.json', '--output-type', 'json'];
  // The cruiser exits non-zero when it finds violations; its report is on stdout either way.
  const { stdout } = await run(process.execPath, args, { cwd: dir }).catch((error: unknown) => ({
    stdout: (error as { stdout?: string }).stdout ?? '',
  }));
  const report = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations;
}

const named = (violations: Violation[]) =>
  violations.map((v) => `${v.rule.name} ${v.from} → ${v.to}`);

const CLEAN = {
  'generated/api.ts': 'export const table = 1;\n',
  'src/client.ts': "import { table } from '../generated/api.js';\nexport const client = table;\n",
  'tooling/files.ts': 'export const files = 1;\n',
  'mocks/server.ts':
    "import { client } from '../src/client.js';\nimport { files } from '../tooling/files.js';\nexport const server = client + files;\n",
  'scripts/start.ts':
    "import { server } from '../mocks/server.js';\nexport const start = server;\n",
  'test/start.test.ts': "import { start } from '../scripts/start.js';\nexport const t = start;\n",
};

describe('the layer rules (npm run lint:deps)', () => {
  it('accept imports that follow specs → generated → src → {cli, mocks} → scripts → tests', async () => {
    expect(await cruise(CLEAN)).toEqual([]);
  });

  it('refuse an import against the flow', async () => {
    const violations = await cruise({
      ...CLEAN,
      'mocks/data.ts': 'export const data = 1;\n',
      'src/client.ts': "import { data } from '../mocks/data.js';\nexport const client = data;\n",
    });
    expect(named(violations)).toEqual(['src-imports-generated-only src/client.ts → mocks/data.ts']);
  });

  it('refuse a mock that reaches into scripts, and a CLI that reaches into tooling', async () => {
    const violations = await cruise({
      ...CLEAN,
      'mocks/server.ts':
        "import { start } from '../scripts/start.js';\nexport const server = 1;\nvoid start;\n",
      'cli/main.ts': "import { files } from '../tooling/files.js';\nexport const main = files;\n",
    });
    const names = named(violations);
    expect(names).toContain('mocks-below-scripts mocks/server.ts → scripts/start.ts');
    expect(names).toContain('cli-imports-the-client-only cli/main.ts → tooling/files.ts');
  });

  it('refuse an import cycle made of type-only imports', async () => {
    const violations = await cruise({
      ...CLEAN,
      'src/a.ts': "import type { B } from './b.js';\nexport interface A { b?: B }\n",
      'src/b.ts': "import type { A } from './a.js';\nexport interface B { a?: A }\n",
    });
    const cycles = violations.filter((v) => v.rule.name === 'no-cycle');
    expect(cycles.map((v) => [v.from, v.to].sort())).toEqual([['src/a.ts', 'src/b.ts']]);
  });

  it('refuse an import it cannot resolve, which would escape every other rule', async () => {
    const violations = await cruise({
      ...CLEAN,
      'scripts/start.ts': "import { gone } from '../mocks/gone.js';\nexport const start = gone;\n",
    });
    expect(named(violations)).toEqual(['resolvable scripts/start.ts → ../mocks/gone.js']);
  });
});
