/**
 * The mock server process as one bundled file, `build/mock-worker.mjs`.
 *
 * Most of a mock's start-up is Node loading Prism's dependency tree: about 1.2 s from
 * node_modules through tsx against about 0.7 s from one esbuild bundle. Faker is bundled with
 * its English locale only (the one Prism's dynamic mode uses) instead of all sixty, and without
 * Prism's Postman collection support.
 * The bundle is rebuilt whenever a file it was built from (under mocks/, src/, tooling/…) or the
 * lockfile is newer than it (tooling/fresh-bundle.js), so it never runs stale code; `npm run build` (and so `npm ci`) builds it ahead of time.
 */
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ROOT } from '../tooling/apis.js';
import { isFresh, writeBundle } from '../tooling/fresh-bundle.js';

export const WORKER_BUNDLE = path.join(ROOT, 'build', 'mock-worker.mjs');
const SOURCE_DIR = path.join(ROOT, 'mocks');

/**
 * `@faker-js/faker` (every locale) → `@faker-js/faker/locale/en`, the same API, loaded when
 * first used: building its English data takes tens of milliseconds of every start, and only
 * answers generated from a schema ever use it.
 */
const englishFaker: Plugin = {
  name: 'english-faker',
  setup(context) {
    context.onResolve({ filter: /^@faker-js\/faker$/ }, (args) => ({
      path: '@faker-js/faker',
      namespace: 'lazy-faker',
      pluginData: args.resolveDir,
    }));
    context.onLoad({ filter: /.*/, namespace: 'lazy-faker' }, (args) => ({
      contents: [
        'let faker;',
        "const load = () => (faker ??= require('@faker-js/faker/locale/en'));",
        'module.exports = new Proxy({}, {',
        '  get: (_, key) => load()[key],',
        '  has: (_, key) => key in load(),',
        '  ownKeys: () => Reflect.ownKeys(load()),',
        '  getOwnPropertyDescriptor: (_, key) => {',
        '    const found = Object.getOwnPropertyDescriptor(load(), key);',
        '    return found && { ...found, configurable: true };',
        '  },',
        '});',
      ].join('\n'),
      resolveDir: args.pluginData as string,
      loader: 'js',
    }));
  },
};

/**
 * Prism's spec loader also reads Postman collections, through a module that loads the whole
 * Postman SDK (half a megabyte, a few tens of milliseconds of every start). The mocks load
 * OpenAPI documents only, so the bundle carries a stand-in that refuses a collection instead.
 */
const noPostman: Plugin = {
  name: 'no-postman',
  setup(context) {
    context.onResolve({ filter: /^@stoplight\/http-spec\/postman\/operation$/ }, (args) => ({
      path: args.path,
      namespace: 'no-postman',
    }));
    context.onLoad({ filter: /.*/, namespace: 'no-postman' }, () => ({
      contents: [
        'exports.transformPostmanCollectionOperations = () => {',
        "  throw new Error('the mock servers load OpenAPI documents, not Postman collections');",
        '};',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

export async function buildWorkerBundle(): Promise<string> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(SOURCE_DIR, 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Prism's packages pick their CommonJS or module builds; the module builds bundle cleanly.
    mainFields: ['module', 'main'],
    // CommonJS code inside an ES module bundle still expects these.
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        'const require = __createRequire(import.meta.url);',
        'const __filename = import.meta.filename;',
        'const __dirname = import.meta.dirname;',
      ].join('\n'),
    },
    plugins: [englishFaker, noPostman],
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no mock worker bundle');
  // Another process may be starting a mock from it right now: written aside, then renamed.
  await writeBundle(WORKER_BUNDLE, output.contents, Object.keys(result.metafile.inputs));
  return WORKER_BUNDLE;
}

let ready: Promise<string> | undefined;

/** The bundle's path, rebuilt first when any source it was built from is newer than it. */
export function workerBundle(): Promise<string> {
  ready ??= isFresh(WORKER_BUNDLE).then((fresh) => (fresh ? WORKER_BUNDLE : buildWorkerBundle()));
  return ready;
}
