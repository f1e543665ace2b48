/** Browser bundle sizes of the clients, as esbuild makes them (benchmarks and package tests). */
import { gzipSync } from 'node:zlib';
import { build, stop, type Metafile } from 'esbuild';
import { ROOT } from '../../tooling/apis.js';

/** The wrapper may add at most this many gzipped bytes on top of openapi-fetch. */
export const WRAPPER_BUDGET_BYTES = 3000;

/** The whole CSGHub client, minified and gzipped, may weigh at most this. */
export const CSGHUB_BUDGET_BYTES = 12_000;

// Entry stubs that re-export what they import, so tree shaking keeps the whole API surface.
const ENTRIES = {
  cfgpu: `import { CFGPU, flattenImageTree } from './src/cfgpu/index.ts';
export { CFGPU, flattenImageTree };`,
  csghub: `import { CSGHub } from './src/csghub/index.ts';
export { CSGHub };`,
  openapiFetch: `import createClient from 'openapi-fetch';
export { createClient };`,
  // Every row of the CSGHub operation table (id, method, path, idempotency, path rules).
  csghubTable: `export * from './generated/csghub.operations.ts';`,
} as const;

export interface BundleSize {
  readonly minified: number;
  readonly gzipped: number;
  /** Minified bytes each input file contributes, largest first. */
  readonly inputs: readonly (readonly [path: string, bytes: number])[];
}

export interface BundleReport {
  readonly cfgpu: BundleSize;
  readonly csghub: BundleSize;
  readonly openapiFetch: BundleSize;
  /** The CSGHub operation table alone. */
  readonly csghubTable: BundleSize;
  /** Gzipped bytes our client adds on top of openapi-fetch. */
  readonly wrapperGzipped: number;
}

/**
 * Bundles one stub for browsers. With `platform: 'browser'` esbuild cannot resolve Node
 * built-ins, so a `node:` import anywhere in the graph fails the build, and the benchmark.
 */
async function bundle(name: string, contents: string): Promise<BundleSize> {
  try {
    const result = await build({
      stdin: { contents, resolveDir: ROOT, sourcefile: `${name}.ts`, loader: 'ts' },
      bundle: true,
      write: false,
      minify: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent',
      metafile: true,
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    return {
      minified: code.byteLength,
      gzipped: gzipSync(code, { level: 9 }).byteLength,
      inputs: inputsOf(result.metafile),
    };
  } catch (cause) {
    throw new Error(
      `bundling ${name} for the browser failed (a Node built-in in the import graph?)`,
      { cause },
    );
  }
}

function inputsOf(metafile: Metafile): [string, number][] {
  const output = Object.values(metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .map(([path, input]): [string, number] => [path, input.bytesInOutput])
    .filter(([, size]) => size > 0)
    .sort((a, b) => b[1] - a[1]);
}

export async function measureBundleSize(): Promise<BundleReport> {
  try {
    const cfgpu = await bundle('cfgpu', ENTRIES.cfgpu);
    const csghub = await bundle('csghub', ENTRIES.csghub);
    const openapiFetch = await bundle('openapi-fetch', ENTRIES.openapiFetch);
    const csghubTable = await bundle('csghub-table', ENTRIES.csghubTable);
    return {
      cfgpu,
      csghub,
      openapiFetch,
      csghubTable,
      wrapperGzipped: cfgpu.gzipped - openapiFetch.gzipped,
    };
  } finally {
    // esbuild keeps a service child process; stop it so it cannot disturb the timings.
    await stop();
  }
}

/** Inputs of a bundle that belong to the CSGHub client (its sources or generated files). */
export function csghubInputs(size: BundleSize): string[] {
  return size.inputs
    .map(([path]) => path)
    .filter((path) => /(^|\/)(src\/csghub|generated\/csghub)/.test(path));
}
