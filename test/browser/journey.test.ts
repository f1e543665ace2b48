import http from 'node:http';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/apis.js';
import { startMock, type MockServer } from '../../mocks/launcher.js';
import { launchChromium } from '../helpers/browser.js';

/** A small app (test/browser/journey/) on the data-backed mocks, step by step, as a person sees it. */
const APP = path.join(ROOT, 'test/browser/journey');
/**
 * Screenshots go to reports/journey/ on every run; the checked-in ones, linked from README, are
 * rewritten only with `UPDATE_SCREENSHOTS=1`, so a test run never dirties the tree.
 */
const SHOTS =
  process.env['UPDATE_SCREENSHOTS'] === '1'
    ? path.join(APP, 'screenshots')
    : path.join(ROOT, 'reports/journey');
/**
 * The weights file's size: eight of the mock's 1 MiB writes, so the page sees several progress
 * events however the browser gathers what arrives.
 */
const WEIGHTS_BYTES = 8 * 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

let browser: Browser;
let page: Page;
let hub: MockServer;
let gpu: MockServer;
let server: http.Server;
const outside: string[] = [];
/** Every URL the page asked for, in order. */
const requests: string[] = [];

type Journey = Record<string, (...args: string[]) => Promise<unknown>>;

async function run(step: string, ...args: string[]): Promise<unknown> {
  return page.evaluate(
    async ([name, rest]) => (window as unknown as { journey: Journey }).journey[name]?.(...rest),
    [step, args] as const,
  );
}

async function shot(n: number, step: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `journey-${n}-${step}.png`) });
}

const text = (selector: string) => page.locator(selector).innerText();

beforeAll(async () => {
  const options = {
    stateful: true,
    statefulDelayMs: 300,
    weightsBytes: WEIGHTS_BYTES,
    streams: { live: true, intervalMs: 100, chatPaceMs: 30 },
  };
  const [bundle, html, startedHub, startedGpu] = await Promise.all([
    build({
      entryPoints: [path.join(APP, 'app.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
    }),
    readFile(path.join(APP, 'app.html'), 'utf8'),
    // A space's Building lasts long enough to be seen even when the machine is busy.
    startMock({ api: 'csghub', ...options, statefulDelayMs: 1000 }),
    startMock({ api: 'cfgpu', ...options }),
  ]);
  hub = startedHub;
  gpu = startedGpu;
  const script = bundle.outputFiles[0]?.text ?? '';
  server = http.createServer((req, res) => {
    if (req.url === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  await page.route('**/*', (route) => {
    const { hostname, pathname } = new URL(route.request().url());
    requests.push(pathname);
    if (LOOPBACK.has(hostname)) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  const query = new URLSearchParams({ hub: hub.url, gpu: gpu.url });
  await page.goto(`http://127.0.0.1:${port}/?${query}`);
  await page.waitForFunction(() => 'journey' in window);
}, 60_000);

afterAll(async () => {
  await browser.close();
  server.close();
  await Promise.all([hub.stop(), gpu.stop()]);
});

describe('a small app on the data-backed mocks', () => {
  it('pages models and narrows them with a Chinese search', async () => {
    await run('models');
    const first = await page.locator('#rows tr').allInnerTexts();
    expect(first).toHaveLength(10);
    const info = await text('#page-info');
    const total = Number(/total (\d+)/.exec(info)?.[1]);
    expect(total).toBeGreaterThan(20);
    await page.click('#next');
    await page.waitForFunction(() =>
      document.getElementById('page-info')?.textContent.startsWith('page 2'),
    );
    const second = await page.locator('#rows tr').allInnerTexts();
    expect(second).toHaveLength(10);
    expect(second.filter((row) => first.includes(row))).toEqual([]);
    await page.fill('#search', '对话');
    await page.click('#go');
    await page.waitForFunction(
      (before) => !document.getElementById('page-info')?.textContent.endsWith(`total ${before}`),
      total,
    );
    const narrowed = Number(/total (\d+)/.exec(await text('#page-info'))?.[1]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    const rows = await page.locator('#rows tr').allInnerTexts();
    expect(rows.length).toBe(Math.min(narrowed, 10));
    await shot(1, 'models');
  });

  it('shows a model by path, and NotFoundError for an unknown path', async () => {
    await run('detail', 'OpenCSG/csg-wukong-1B');
    expect(await text('#detail-title')).toBe('OpenCSG/csg-wukong-1B');
    expect(await text('#detail-body')).toMatch(/^nickname: .+/);
    await shot(2, 'model');
    await run('detail', 'nobody/no-such-model');
    expect(await text('#detail-body')).toMatch(/^NotFoundError: /);
    await shot(2, 'not-found');
  });

  it('browses folders two levels deep and opens a file', async () => {
    await run('files', 'OpenCSG/csg-wukong-1B');
    const entries = await text('#file-list');
    for (const name of [
      'tokenizer/vocab.txt',
      'examples/python',
      'examples/python/infer.py',
      'model.safetensors',
    ]) {
      expect(entries).toContain(name);
    }
    expect((await text('#file-content')).length).toBeGreaterThan(20);
    await shot(3, 'files');
  });

  it('downloads the LFS weights with progress and checks their SHA-256', async () => {
    await run('download', 'OpenCSG/csg-wukong-1B');
    expect(Number(await page.getAttribute('#progress', 'data-events'))).toBeGreaterThanOrEqual(3);
    expect(await text('#progress-text')).toBe(`${WEIGHTS_BYTES} of ${WEIGHTS_BYTES} bytes`);
    const expected = await text('#sha-expected');
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    expect(await text('#sha-actual')).toBe(expected);
    expect(await text('#sha-verdict')).toBe(`${WEIGHTS_BYTES} bytes · sha256 matches`);
    const value = await page
      .locator('#progress')
      .evaluate((el) => (el as HTMLProgressElement).value);
    expect(value).toBe(WEIGHTS_BYTES);
    await shot(4, 'download');
  });

  it('follows a space from Building to Running on one status stream', async () => {
    const seen = requests.length;
    await run('space');
    const streams = requests.slice(seen).filter((url) => /\/spaces\/.+\/status$/.test(url));
    expect(streams).toHaveLength(1);
    const states = await page.locator('#space-states li').allInnerTexts();
    expect(states[0]).toBe('Building');
    expect(states.at(-1)).toBe('Running');
    expect(states).toContain('Deploying');
    await shot(5, 'space');
  });

  it('renders a chat answer as its tokens arrive', async () => {
    await page.evaluate(() => {
      const out = document.getElementById('chat-out');
      const seen: string[] = [];
      Object.assign(window, { chatSeen: seen });
      if (out !== null) {
        new MutationObserver(() => seen.push(out.textContent)).observe(out, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      }
    });
    const renders = (await run('chat')) as number;
    const seen = await page.evaluate(() => (window as unknown as { chatSeen: string[] }).chatSeen);
    // The answer grows in place: each render extends the one before.
    expect(new Set(seen).size).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < seen.length; i += 1) {
      expect(String(seen[i]).startsWith(String(seen[i - 1]))).toBe(true);
    }
    expect(renders).toBeGreaterThanOrEqual(3);
    expect(await text('#chat-renders')).toBe(String(renders));
    expect((await text('#chat-out')).length).toBeGreaterThan(5);
    await shot(6, 'chat');
  });

  it('takes a GPU instance through create, RUNNING, stop and release', async () => {
    await run('instance');
    const states = await page.locator('#instance-states li').allInnerTexts();
    expect(states).toContain('RUNNING');
    expect(states).toContain('CLOSED');
    expect(states.at(-1)).toBe('RELEASED');
    expect(await text('#instance-final')).toBe('final: RELEASED');
    await shot(7, 'instance');
  });

  it('shows each error class', async () => {
    await run('errors');
    const classOf = (name: string) =>
      page.locator(`#error-rows tr[data-case="${name}"] td:nth-child(2)`).innerText();
    const messageOf = (name: string) =>
      page.locator(`#error-rows tr[data-case="${name}"] td:nth-child(3)`).innerText();
    expect(await classOf('unknown model')).toBe('NotFoundError');
    expect(await classOf('model without a name')).toBe('BadRequestError');
    expect(await messageOf('model without a name')).toContain('name');
    expect(await classOf('instance with no GPUs')).toBe('CfgpuError');
    expect(await messageOf('instance with no GPUs')).toContain('gpuNum');
    expect(await classOf('no token')).toBe('AuthenticationError');
    expect(await classOf('too many requests')).toBe('RateLimitError');
    expect(await classOf('server error')).toBe('InternalServerError');
    expect(await classOf('slow answer')).toBe('APIConnectionTimeoutError');
    expect(await classOf('cancelled')).toBe('APIUserAbortError');
    await shot(8, 'errors');
  });

  it('made no request beyond loopback', () => {
    expect(outside).toEqual([]);
  });
});
