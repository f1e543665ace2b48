import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { csghubInputs, measureBundleSize } from '../../scripts/lib/bundle-size.js';
import { check } from '../../scripts/lib/consumer-typecheck.js';
import { ROOT } from '../../tooling/apis.js';

const run = promisify(execFile);

describe('the built package', () => {
  it('resolves its subpath exports from dist/ (run `npm run build` first)', async () => {
    expect(existsSync(path.join(ROOT, 'dist/src/cfgpu/index.js'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'dist/generated/cfgpu.d.ts'))).toBe(true);
    const script = `
      import { CFGPU, CfgpuError, flattenImageTree } from 'csgkit/cfgpu';
      import { APIError, retryDelay } from 'csgkit/core';
      import { CSGHub, NotFoundError, StatusReadingError } from 'csgkit/csghub';
      const error = new CfgpuError({ operation: { id: 'x', method: 'GET', path: '/' }, errorCode: '52005', errorMsg: 'm' });
      console.log(JSON.stringify({
        client: typeof new CFGPU({ token: 't' }).instances.waitFor,
        shared: error instanceof APIError,
        name: error.name,
        flat: flattenImageTree([{ name: 'a', code: 'c' }]).length,
        delay: typeof retryDelay,
        hub: typeof new CSGHub({ token: 't' }).models.download,
        sharedErrors: NotFoundError.prototype instanceof APIError,
        streamErrors: StatusReadingError.prototype instanceof APIError,
      }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
    });
    expect(JSON.parse(stdout)).toEqual({
      client: 'function',
      shared: true,
      name: 'CfgpuError',
      flat: 1,
      delay: 'function',
      hub: 'function',
      sharedErrors: true,
      streamErrors: true,
    });
  });

  it('keeps CSGHub code out of a bundle that imports only csgkit/cfgpu', async () => {
    const report = await measureBundleSize();
    expect(csghubInputs(report.csghub).some((path) => path.endsWith('src/csghub/client.ts'))).toBe(
      true,
    );
    expect(csghubInputs(report.cfgpu)).toEqual([]);
  });

  // The type-check benchmark's consumers must stay valid code, or `npm run bench` breaks late.
  it('type-checks both benchmark consumers against the built declarations', () => {
    expect(check('csgkit')).toBeGreaterThan(0);
    expect(check('openapiFetch')).toBeGreaterThan(0);
  }, 60_000);
});
