import http from 'node:http';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/apis.js';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { launchChromium } from '../helpers/browser.js';

let browser: Browser;
let page: Page;
let mock: MockServer;
let server: http.Server;

/** The CFGPU entry bundled for browsers, as an app would ship it. */
async function browserBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export * from './src/cfgpu/index.ts';",
      resolveDir: ROOT,
      sourcefile: 'entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

beforeAll(async () => {
  const [bundle, started] = await Promise.all([
    browserBundle(),
    startMock({ api: 'cfgpu', errors: true }),
  ]);
  mock = started;
  // A page on another origin than the mock, so every call is a CORS request.
  server = http.createServer((req, res) => {
    if (req.url === '/cfgpu.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    } else {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<!DOCTYPE html><script type="module">import * as m from "/cfgpu.js"; window.csgkit = m;</script>',
        );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as { port: number };
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`http://localhost:${port}/`);
  await page.waitForFunction(() => 'csgkit' in window);
});

afterAll(async () => {
  await browser.close();
  server.close();
  await mock.stop();
});

describe('the CFGPU client in a browser', () => {
  it('bundles without Node built-ins', async () => {
    expect(await browserBundle()).not.toMatch(/from ?["']node:/);
  });

  it('calls the mock across origins, pages and raises typed errors', async () => {
    const result = await page.evaluate(async (baseUrl) => {
      type Mod = typeof import('../../src/cfgpu/index.js');
      const { CFGPU, CfgpuError } = (window as unknown as { csgkit: Mod }).csgkit;
      const cfgpu = new CFGPU({ token: 'Bearer browser-token', baseUrl });
      const regions = await cfgpu.regions.list();
      const ids: string[] = [];
      for await (const instance of cfgpu.instances.list({ pageSize: 5 }))
        ids.push(instance.instanceId);
      const error = await cfgpu.instances
        .create(
          {
            priceType: 'Day',
            regionCode: 'hz',
            gpuType: 'qnid2x6c',
            gpuNum: 1,
            imageId: 'image_exc6f72b',
          },
          { headers: { Prefer: 'example=insufficientBalance' } },
        )
        .catch((e: unknown) => e);
      return {
        regions: regions.map((r) => r.code),
        ids,
        isCfgpuError: error instanceof CfgpuError,
        code: (error as InstanceType<typeof CfgpuError>).errorCode,
      };
    }, mock.url);
    expect(result).toEqual({
      regions: ['hz', 'bj'],
      ids: ['instance-8f3kq2m1'],
      isCfgpuError: true,
      code: 50001,
    });
  });
});
