/**
 * `npm run build`: compiles src/ to dist/, ships the generated declaration files beside it, and
 * prepares the mock servers and the docs site.
 */
import { execFileSync } from 'node:child_process';
import { chmod, cp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { prepareMocks } from '../mocks/launcher.js';
import { buildDocs } from './docs-build.js';
import { ROOT, loadApis } from '../tooling/apis.js';
import { binPath } from './lib/bins.js';

const require = createRequire(import.meta.url);
await rm(path.join(ROOT, 'dist'), { recursive: true, force: true });
// The library (browser-safe: no Node types), then the command-line tools on top of it.
for (const project of ['tsconfig.build.json', 'tsconfig.cli.json']) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', project], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
// tsc does not copy .d.ts inputs; the emitted declarations import them.
await cp(path.join(ROOT, 'generated'), path.join(ROOT, 'dist', 'generated'), {
  recursive: true,
  filter: (source) => !source.endsWith('.ts') || source.endsWith('.d.ts') || !path.extname(source),
});
// The command-line tools run as `csghub`/`cfgpu`/`csgkit-mcp` (package.json `bin`, `npx csghub`).
for (const bin of ['csghub', 'cfgpu', 'csgkit-mcp'] as const) await chmod(binPath(bin), 0o755);
// The mock servers' bundle, bundled specs and operation caches, and the docs site, so the first
// `npm start` after a clone starts as fast as any later one.
await prepareMocks((await loadApis()).map((api) => api.name));
// `npm run mock` and `npm start` run from bundles (tooling/launch.js); built here, not on first use.
execFileSync(
  process.execPath,
  ['tooling/launch.js', '--prepare', 'mocks/serve.ts', 'scripts/start.ts'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
await buildDocs();
